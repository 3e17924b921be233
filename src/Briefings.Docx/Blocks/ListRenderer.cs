using System.Globalization;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace Briefings.Docx.Blocks;

/// <summary>
/// Lists through numbering definitions. Each ordered list gets its own numbering instance starting at its
/// Markdown start number, so numbering restarts where the Markdown restarts.
/// </summary>
internal sealed class ListRenderer : DocxObjectRenderer<ListBlock>
{
    protected override void Write(DocxRenderer renderer, ListBlock obj)
    {
        var level = renderer.ListDepth;
        var numberId = obj.IsOrdered
            ? renderer.Context.Numbering.StartOrderedList(level, StartNumber(obj))
            : NumberingCatalog.BulletNumberId;
        var keep = KeepRequest.Of(obj);
        if (keep)
        {
            renderer.BeginKeep();
        }

        renderer.BeginList(numberId);
        foreach (var block in obj)
        {
            renderer.BeginListItem();
            if (block is ListItemBlock item)
            {
                renderer.WriteChildren(item);
            }
            else
            {
                renderer.Write(block);
            }

            renderer.EndListItem();
        }

        renderer.EndList();
        if (keep)
        {
            renderer.EndKeep();
        }

        // Items sit close together; the list as a whole is spaced like a paragraph.
        if (level == 0
            && renderer.LastParagraph?.ParagraphProperties is { ParagraphStyleId.Val.Value: { } style } last
            && style.StartsWith("List", StringComparison.Ordinal))
        {
            last.SpacingBetweenLines = new SpacingBetweenLines { After = Units.TwipsText(renderer.Context.Theme.Spacing.ParagraphAfter) };
        }
    }

    private static int StartNumber(ListBlock list) =>
        int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
}
