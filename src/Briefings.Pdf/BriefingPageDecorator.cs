using System.Globalization;
using Briefings.Core.Rendering;
using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>
/// Running header from page 2 on (briefing title left, classification right, a hairline under them) and a
/// footer on every page (dossier left, classification banner centred, "Page X of Y" right).
/// Header and footer lines repeat on every page and in every layout pass: each distinct line is shaped and set
/// once per document and redrawn from then on.
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
        // While pages are being counted, the total is not known: show the page number in its place, which
        // draws the same digits the real total will need (the last page's number is the total).
        var total = page.PageCount > 0 ? page.PageCount : page.PageNumber;
        var numbers = string.Create(CultureInfo.InvariantCulture, $"Page {page.PageNumber} of {total}");
        Line(canvas, page, top, numbers, muted, TextAlignment.Right);
    }

    private void Line(ICanvas canvas, PageContext page, double top, string text, TextStyle style, TextAlignment alignment)
    {
        if (!lines.TryGetValue((text, style, alignment), out var paragraph))
        {
            paragraph = new ParagraphElement([new TextSpan(text, style)], new ParagraphStyle(alignment, 1.2, 1, 1), context);
            lines.Add((text, style, alignment), paragraph);
        }

        // Drawing advances a paragraph past the lines it drew; the cached line starts again at its first.
        paragraph.Reset();
        paragraph.Draw(canvas, page.Body.X, top, new LayoutSpace(page.Body.Width, 100, true));
    }
}
