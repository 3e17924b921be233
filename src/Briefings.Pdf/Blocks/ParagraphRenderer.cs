using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Pdf.Blocks;

/// <summary>A paragraph in the style of where it stands (body, list item, table cell, footnote, callout).</summary>
public sealed class ParagraphRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, ParagraphBlock>
{
    protected override void Write(PdfLayoutRenderer renderer, ParagraphBlock obj)
    {
        var context = renderer.Context;
        var spans = renderer.CollectInlines(obj.Inline, context.Text);
        if (spans.Count == 0)
        {
            return;
        }

        renderer.AddBlock(obj, renderer.Paragraph(spans), 0, context.ParagraphSpacing);
    }
}
