using Briefings.Core.Rendering;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>
/// The head of the first page: the dossier in spaced capitals in the accent colour, the title large in the
/// heading font, the subtitle in the accent colour (as in the Word output), the "As of" line, and a rule.
/// </summary>
public static class TitleBlock
{
    public static IReadOnlyList<ColumnItem> Build(DocumentInfo info, BriefingStyles styles, TypesetContext context)
    {
        var items = new List<ColumnItem>();
        var left = new ParagraphStyle(TextAlignment.Left, 1.15, 1, 1);
        if (!string.IsNullOrWhiteSpace(info.Dossier))
        {
            var dossier = new TextStyle(styles.Heading, styles.Theme.Sizes.Small + 0.5, styles.Accent) { Bold = true, LetterSpacing = 0.9 };
            items.Add(new ColumnItem(new ParagraphElement([new TextSpan(info.Dossier.ToUpperInvariant(), dossier)], left, context), 0, 5));
        }

        var title = new TextStyle(styles.Heading, styles.Theme.Sizes.Title, styles.HeadingColor) { Bold = true };
        items.Add(new ColumnItem(new ParagraphElement([new TextSpan(info.Title, title)], left, context), 0, 4));
        if (!string.IsNullOrWhiteSpace(info.Subtitle))
        {
            var subtitle = new TextStyle(styles.Heading, styles.Theme.Sizes.Subtitle, styles.Accent);
            items.Add(new ColumnItem(new ParagraphElement([new TextSpan(info.Subtitle, subtitle)], left, context), 0, 4));
        }

        if (!string.IsNullOrWhiteSpace(info.AsOf))
        {
            var asOf = new TextStyle(styles.Heading, styles.Theme.Sizes.Small + 0.5, styles.Muted);
            items.Add(new ColumnItem(new ParagraphElement([new TextSpan("As of " + info.AsOf, asOf)], left, context), 2, 0));
        }

        items.Add(new ColumnItem(new RuleElement(styles.Accent, 1.2), 8, 14));
        return items;
    }
}
