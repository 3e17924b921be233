using System.Globalization;
using Briefings.Layout.Documents;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Briefings.Pdf.Extensions;

/// <summary>
/// The notes of a briefing, handed to the pager, which sets each at the foot of the page where it is first
/// referenced: numbered, with a named destination the reference mark links to, the number linking back to the
/// first reference. A note is made when a page first references it and let go of once drawn, so a long chronology's
/// thousands of notes are never held at once.
/// </summary>
public sealed class FootnoteNotes : IFootnoteSource
{
    private const double NumberWidth = 13;
    private const double NumberGap = 3;

    private readonly PdfLayoutRenderer renderer;
    private readonly Dictionary<string, Footnote> notes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Element> made = new(StringComparer.Ordinal);
    private readonly double numberWidth;

    public FootnoteNotes(PdfLayoutRenderer renderer, MarkdownDocument document)
    {
        this.renderer = renderer;
        foreach (var footnote in document.OfType<FootnoteGroup>().SelectMany(group => group.OfType<Footnote>()).OrderBy(footnote => footnote.Order))
        {
            notes[Destination(footnote.Order)] = footnote;
        }

        // One column for all the numbers, as wide as the widest: a long chronology numbers notes past 10,000, and a
        // number squeezed into the usual width would break digit by digit down the page.
        numberWidth = ListItemElement.IndentFor(notes.Values.Select(footnote => Marker(footnote, backLink: false)), NumberWidth, NumberGap);
    }

    public static string Destination(int order) => "fn-" + order.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where a note's number leads back to: its first reference in the text.</summary>
    public static string BackReference(int order) => "fnref-" + order.ToString(CultureInfo.InvariantCulture);

    public Element? Note(string id)
    {
        if (made.TryGetValue(id, out var note))
        {
            return note;
        }

        if (!notes.TryGetValue(id, out var footnote))
        {
            return null;
        }

        note = new AnchorElement(id, new ListItemElement(Marker(footnote, renderer.ReferencedFootnotes.Contains(footnote.Order)), renderer.NoteContent(footnote), numberWidth, NumberGap));
        made.Add(id, note);
        return note;
    }

    public void Release(Element note)
    {
        if (note is AnchorElement anchor)
        {
            made.Remove(anchor.Name);
        }
    }

    public void Reset()
    {
        // Notes kept from an earlier rendering are made afresh, as the ones let go of will be.
        made.Clear();
    }

    private ParagraphElement Marker(Footnote footnote, bool backLink) => renderer.Paragraph(
        [new TextSpan(footnote.Order.ToString(CultureInfo.InvariantCulture), renderer.Styles.FootnoteText)
        {
            Origin = PdfLayoutRenderer.Origin(footnote),
            Link = backLink ? LinkTarget.Destination(BackReference(footnote.Order)) : null,
        }],
        new ParagraphStyle(TextAlignment.Right, 1.2, 1, 1));
}
