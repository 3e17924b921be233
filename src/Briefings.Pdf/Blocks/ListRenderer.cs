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

        // Markers first: an ordered list's hanging indent must hold its widest number ("100." or a list that
        // starts at 1956 would otherwise break inside its marker).
        var markerStyle = obj.IsOrdered ? context.Text with { Italic = false } : context.Text with { Color = renderer.Styles.Accent, Italic = false };
        var markers = new List<ParagraphElement>();
        foreach (var item in obj.OfType<ListItemBlock>())
        {
            var markerText = obj.IsOrdered ? ListMarkers.Ordered(number++, depth) : ListMarkers.Bullet(depth);
            markers.Add(renderer.Paragraph(
                [new TextSpan(markerText, markerStyle) { Origin = PdfLayoutRenderer.Origin(item) }],
                new ParagraphStyle(TextAlignment.Right, context.Paragraph.LineHeight, 1, 1)));
        }

        indent = ListItemElement.IndentFor(markers, indent, MarkerGap);
        renderer.ListDepth++;
        renderer.PushBlocks();
        var next = 0;
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
            renderer.Add(new ListItemElement(markers[next++], content, indent, MarkerGap), 0, itemSpacing);
        }

        var list = renderer.PopBlocks();
        renderer.ListDepth--;
        renderer.AddBlock(obj, list, depth == 0 ? 0 : itemSpacing, context.ParagraphSpacing);
    }
}
