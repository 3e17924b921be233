using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>
/// Collects the spans of one paragraph while inline renderers run: emphasis, code, links and footnote marks
/// change the style of the text added inside them.
/// </summary>
public sealed class InlineCollector(BriefingStyles styles, TextStyle baseStyle)
{
    private readonly List<TextSpan> spans = [];

    public int Bold { get; set; }

    public int Italic { get; set; }

    public int Strikethrough { get; set; }

    public int Code { get; set; }

    public LinkTarget? Link { get; set; }

    public IReadOnlyList<TextSpan> Spans => spans;

    public string PlainText => string.Concat(spans.Select(span => span.Text));

    public void Add(string text, TextOrigin? origin)
    {
        if (text.Length == 0)
        {
            return;
        }

        var style = baseStyle with
        {
            Bold = baseStyle.Bold || Bold > 0,
            Italic = baseStyle.Italic ^ (Italic % 2 == 1),
            Strikethrough = Strikethrough > 0,
        };
        if (Code > 0)
        {
            style = style with { Family = styles.Mono, Size = Math.Round(baseStyle.Size * 0.88, 2), Bold = false, Italic = false };
        }

        if (Link is not null)
        {
            style = style with { Color = styles.Link };
        }

        spans.Add(new TextSpan(text, style) { Link = Link, Origin = origin });
    }

    /// <summary>A footnote mark: a raised number linking to the note, which goes to the foot of the same page.</summary>
    /// <param name="anchor">A destination defined at the mark, for the note's link back (the first reference only).</param>
    public void AddFootnoteMark(string number, string footnoteId, TextOrigin? origin, string? anchor = null)
    {
        if (spans.Count > 0 && spans[^1].FootnoteId == footnoteId)
        {
            // The same note cited twice in a row ("[^8][^8]") would print "8,8": once is enough.
            return;
        }

        if (spans.Count > 0 && spans[^1].FootnoteId is not null)
        {
            // Marks side by side ("[^13][^14]") would read as one number: separate them.
            spans.Add(new TextSpan(",", baseStyle with { Superscript = true, Color = styles.Link }) { Origin = origin });
        }

        spans.Add(new TextSpan(number, baseStyle with { Superscript = true, Color = styles.Link })
        {
            Link = LinkTarget.Destination(footnoteId),
            FootnoteId = footnoteId,
            Origin = origin,
            Anchor = anchor,
        });
    }
}
