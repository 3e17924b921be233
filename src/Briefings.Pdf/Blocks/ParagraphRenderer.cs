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

        // A standfirst (one emphasised line under a heading, "1945 – 1951 · 9 events") belongs to the heading:
        // it is kept with the next block too, so the pair never ends a page.
        var isStandfirst = renderer.AfterHeading && obj.Inline?.FirstChild is Markdig.Syntax.Inlines.EmphasisInline && obj.Inline.FirstChild.NextSibling is null;
        renderer.AddBlock(obj, renderer.Paragraph(spans), 0, context.ParagraphSpacing, keepWithNext: isStandfirst);
    }
}
