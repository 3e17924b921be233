using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Briefings.Pdf.Extensions;

/// <summary>
/// A footnote reference: a raised number linking to its note. The first reference to each note is also where the
/// note's number links back to (Markdig's own back-link nodes are not shown in print).
/// </summary>
public sealed class FootnoteLinkRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, FootnoteLink>
{
    protected override void Write(PdfLayoutRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink)
        {
            return;
        }

        var order = obj.Footnote.Order;
        renderer.Inline.AddFootnoteMark(
            order.ToString(CultureInfo.InvariantCulture),
            FootnoteNotes.Destination(order),
            PdfLayoutRenderer.Origin(obj),
            renderer.ReferencedFootnotes.Add(order) ? FootnoteNotes.BackReference(order) : null);
    }
}
