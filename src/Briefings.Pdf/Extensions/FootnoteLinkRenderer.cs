using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Briefings.Pdf.Extensions;

/// <summary>A footnote reference: a raised number linking to its note. The note's back-link is not shown in print.</summary>
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
            FootnoteGroupRenderer.Destination(order),
            PdfLayoutRenderer.Origin(obj));
    }
}
