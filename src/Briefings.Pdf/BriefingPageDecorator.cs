using System.Globalization;
using Briefings.Core.Rendering;
using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>
/// Running header from page 2 on (briefing title left, classification right, a hairline under them) and a
/// footer on every page (dossier left, classification banner centred, "Page X of Y" right, drawn when the document
/// is complete and Y known). Header and footer lines repeat on every page: each is shaped and set once per document
/// and redrawn from then on; the page numbers, different on every page, are set where they are drawn.
/// </summary>
public sealed class BriefingPageDecorator(DocumentInfo info, BriefingStyles styles, TypesetContext context) : IPageDecorator
{
    private const double HeaderGap = 14;
    private const double FooterGap = 20;

    private readonly Dictionary<(string Text, TextStyle Style, TextAlignment Alignment), ParagraphElement> lines = [];

    public void DrawHeader(ICanvas canvas, PageContext page)
    {
        if (page.PageNumber == 1)
        {
            return;
        }

        var muted = styles.SmallText;
        var banner = muted with { Bold = true, Color = styles.Banner, LetterSpacing = 0.4 };
        var lineHeight = muted.Size * 1.2;
        var top = page.Body.Y - HeaderGap - lineHeight;
        Line(canvas, page, top, info.Title, muted, TextAlignment.Left);
        Line(canvas, page, top, info.Classification, banner, TextAlignment.Right);
        var ruleY = page.Body.Y - HeaderGap + 4;
        canvas.DrawLine(page.Body.X, ruleY, page.Body.Right, ruleY, styles.Rule, 0.5);
    }

    public void DrawFooter(ICanvas canvas, PageContext page)
    {
        var muted = styles.SmallText;
        var banner = muted with { Bold = true, Color = styles.Banner, LetterSpacing = 0.4 };
        var top = page.Body.Bottom + FooterGap;
        if (!string.IsNullOrWhiteSpace(info.Dossier))
        {
            Line(canvas, page, top, info.Dossier, muted, TextAlignment.Left);
        }

        Line(canvas, page, top, info.Classification, banner, TextAlignment.Center);
        canvas.DrawWhenComplete((complete, totals) => Draw(
            complete,
            page,
            top,
            LineOf(string.Create(CultureInfo.InvariantCulture, $"Page {page.PageNumber} of {totals.PageCount}"), muted, TextAlignment.Right)));
    }

    private void Line(ICanvas canvas, PageContext page, double top, string text, TextStyle style, TextAlignment alignment)
    {
        if (!lines.TryGetValue((text, style, alignment), out var paragraph))
        {
            paragraph = LineOf(text, style, alignment);
            lines.Add((text, style, alignment), paragraph);
        }

        // Drawing advances a paragraph past the lines it drew; the cached line starts again at its first.
        paragraph.Reset();
        Draw(canvas, page, top, paragraph);
    }

    private ParagraphElement LineOf(string text, TextStyle style, TextAlignment alignment) =>
        new([new TextSpan(text, style)], new ParagraphStyle(alignment, 1.2, 1, 1), context);

    private static void Draw(ICanvas canvas, PageContext page, double top, ParagraphElement line) =>
        line.Draw(canvas, page.Body.X, top, new LayoutSpace(page.Body.Width, 100, true));
}
