using Briefings.Layout.Elements;
using Briefings.Layout.PdfFile;
using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>
/// The table of contents under the title block, when the front matter asks for one (<c>toc: true</c>): a
/// "Contents" heading, then the first- and second-level headings (the second indented), each with a dotted
/// leader to its page number and linking to the heading. The same house style as the Word contents: entries
/// in the body face, first level bold.
/// </summary>
public static class ContentsBlock
{
    public const string Heading = "Contents";

    private const int DeepestLevel = 2;
    private const double LineHeight = 1.15;

    public static IReadOnlyList<ColumnItem> Build(IReadOnlyList<OutlineEntry> outline, BriefingStyles styles, TypesetContext context)
    {
        var entries = outline.Where(entry => entry.Level <= DeepestLevel).ToList();
        if (entries.Count == 0)
        {
            return [];
        }

        var theme = styles.Theme;
        var items = new List<ColumnItem>();
        var headingStyle = new TextStyle(styles.Heading, theme.Sizes.Heading2, styles.HeadingColor) { Bold = true };
        var heading = new ParagraphElement([new TextSpan(Heading, headingStyle)], new ParagraphStyle(TextAlignment.Left, 1.2, 1, 1), context);
        items.Add(new ColumnItem(heading, 0, theme.Spacing.HeadingAfter + 2, KeepWithNext: true));

        var top = entries.Min(entry => entry.Level);
        foreach (var entry in entries)
        {
            var depth = entry.Level - top;
            var text = styles.BodyText with { Bold = depth == 0 };
            var title = new ParagraphElement([new TextSpan(entry.Title, text)], new ParagraphStyle(TextAlignment.Left, LineHeight, 1, 1), context);
            var numberWidth = context.Shape(text.Face, "000").Width(text.Size) + 2;
            var style = new ContentsEntryStyle(text, depth * theme.Spacing.ListIndent, numberWidth) { LeaderColor = styles.Muted };
            var element = new ContentsEntryElement(title, entry.DestinationName, style, context);
            items.Add(new ColumnItem(element, depth == 0 ? 3 : 0, 1));
        }

        // The body starts below as it would below the title block's rule.
        items[^1] = items[^1] with { SpaceAfter = theme.Spacing.HeadingBefore * 1.5 };
        return items;
    }
}
