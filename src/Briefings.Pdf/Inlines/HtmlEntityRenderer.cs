using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf.Inlines;

public sealed class HtmlEntityRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, HtmlEntityInline>
{
    protected override void Write(PdfLayoutRenderer renderer, HtmlEntityInline obj) =>
        renderer.Inline.Add(obj.Transcoded.ToString(), PdfLayoutRenderer.Origin(obj));
}
