using Markdig.Extensions.Yaml;
using Markdig.Renderers;

namespace Briefings.Pdf.Extensions;

/// <summary>The front matter is metadata (title block, properties), not body text.</summary>
public sealed class YamlFrontMatterRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, YamlFrontMatterBlock>
{
    protected override void Write(PdfLayoutRenderer renderer, YamlFrontMatterBlock obj)
    {
    }
}
