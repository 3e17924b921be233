using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

/// <summary>An inline no other renderer knows shows the Markdown it came from.</summary>
internal sealed class FallbackInlineRenderer : DocxObjectRenderer<LeafInline>
{
    protected override void Write(DocxRenderer renderer, LeafInline obj)
    {
        var markdown = renderer.Context.Markdown;
        var span = obj.Span;
        if (span.Start >= 0 && span.Length > 0 && span.End < markdown.Length)
        {
            renderer.WriteText(markdown.AsSpan(span.Start, span.Length));
        }
        else
        {
            renderer.WriteText(obj.ToString());
        }
    }
}
