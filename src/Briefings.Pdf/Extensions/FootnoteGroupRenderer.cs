using System.Globalization;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Briefings.Pdf.Extensions;

/// <summary>
/// The notes themselves: not in the body, but handed to the pager, which sets each at the foot of the page
/// where it is first referenced, numbered, with a named destination the reference mark links to; the number
/// links back to the first reference.
/// </summary>
public sealed class FootnoteGroupRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, FootnoteGroup>
{
    private const double NumberWidth = 13;
    private const double NumberGap = 3;

    public static string Destination(int order) => "fn-" + order.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where a note's number leads back to: its first reference in the text.</summary>
    public static string BackReference(int order) => "fnref-" + order.ToString(CultureInfo.InvariantCulture);

    protected override void Write(PdfLayoutRenderer renderer, FootnoteGroup obj)
    {
        var styles = renderer.Styles;
        var notes = new List<(int Order, ParagraphElement Marker, Element Content)>();
        foreach (var footnote in obj.OfType<Footnote>().OrderBy(footnote => footnote.Order))
        {
            renderer.PushContext(new BlockContext(styles.FootnoteText, new ParagraphStyle(TextAlignment.Left, 1.2, 1, 1), 2));
            renderer.PushBlocks();
            renderer.WriteChildren(footnote);
            var content = renderer.PopBlocks();
            renderer.PopContext();

            var number = footnote.Order.ToString(CultureInfo.InvariantCulture);
            var marker = renderer.Paragraph(
                [new TextSpan(number, styles.FootnoteText)
                {
                    Origin = PdfLayoutRenderer.Origin(footnote),
                    Link = renderer.ReferencedFootnotes.Contains(footnote.Order) ? LinkTarget.Destination(BackReference(footnote.Order)) : null,
                }],
                new ParagraphStyle(TextAlignment.Right, 1.2, 1, 1));
            notes.Add((footnote.Order, marker, content));
        }

        // One column for all the numbers: a long chronology numbers notes past 10,000, and a number squeezed into
        // the usual width would break digit by digit down the page.
        var numberWidth = ListItemElement.IndentFor(notes.Select(note => note.Marker), NumberWidth, NumberGap);
        foreach (var (order, marker, content) in notes)
        {
            var id = Destination(order);
            renderer.Footnotes[id] = new AnchorElement(id, new ListItemElement(marker, content, numberWidth, NumberGap));
        }
    }
}
