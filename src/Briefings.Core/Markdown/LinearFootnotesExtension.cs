using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Briefings.Core.Markdown;

/// <summary>
/// Puts <see cref="LinearFootnoteParser"/> where Markdig's footnote extension put its parser. Added after
/// <c>UseFootnotes</c>: extensions are set up in the order they were added, so the parser is there to replace.
/// </summary>
internal sealed class LinearFootnotesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Replace<FootnoteParser>(new LinearFootnoteParser()))
        {
            throw new InvalidOperationException("add the footnotes extension before " + nameof(LinearFootnotesExtension));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
