using System.Text;

namespace Briefings.Core.Rendering;

/// <summary>The intermediate Markdown as an output format (<c>--format md</c>), so it can be read and diffed.</summary>
public sealed class MarkdownRenderer : IBriefingRenderer
{
    public string Format => "md";

    public RenderedOutput Render(BriefingDocument document) =>
        new(new UTF8Encoding(false).GetBytes(document.Markdown), null, []);
}
