using System.Globalization;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Pdf.Blocks;

/// <summary>
/// Bullet and numbered lists with hanging indents; markers change with the nesting level (•, –, ◦ and 1., a., i.).
/// Tight lists keep their items close; loose lists space them like paragraphs.
/// </summary>
public sealed class ListRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, ListBlock>
{
    private const double MarkerGap = 5;

    protected override void Write(PdfLayoutRenderer renderer, ListBlock obj)
    {
        var context = renderer.Context;
        var spacing = renderer.Styles.Theme.Spacing;
        var depth = renderer.ListDepth;
        var indent = spacing.ListIndent + (obj.IsOrdered ? 4 : 0);
        var number = int.TryParse(obj.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var itemSpacing = obj.IsLoose ? context.ParagraphSpacing : spacing.ListItemAfter;

        renderer.ListDepth++;
        renderer.PushBlocks();
        foreach (var child in obj)
        {
            if (child is not ListItemBlock item)
            {
                renderer.Write(child);
                continue;
            }

            renderer.PushContext(context with { ParagraphSpacing = itemSpacing });
            renderer.PushBlocks();
            renderer.WriteChildren(item);
            var content = renderer.PopBlocks();
            renderer.PopContext();

            var markerText = obj.IsOrdered ? ListMarkers.Ordered(number++, depth) : ListMarkers.Bullet(depth);
            var markerStyle = obj.IsOrdered ? context.Text with { Italic = false } : context.Text with { Color = renderer.Styles.Accent, Italic = false };
            var marker = renderer.Paragraph(
                [new TextSpan(markerText, markerStyle) { Origin = PdfLayoutRenderer.Origin(item) }],
                new ParagraphStyle(TextAlignment.Right, context.Paragraph.LineHeight, 1, 1));
            renderer.Add(new ListItemElement(marker, content, indent, MarkerGap), 0, itemSpacing);
        }

        var list = renderer.PopBlocks();
        renderer.ListDepth--;
        renderer.AddBlock(obj, list, depth == 0 ? 0 : itemSpacing, context.ParagraphSpacing);
    }
}
