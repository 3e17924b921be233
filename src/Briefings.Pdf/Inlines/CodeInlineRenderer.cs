using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf.Inlines;

public sealed class CodeInlineRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, CodeInline>
{
    protected override void Write(PdfLayoutRenderer renderer, CodeInline obj)
    {
        renderer.Inline.Code++;
        renderer.Inline.Add(obj.Content, PdfLayoutRenderer.Origin(obj));
        renderer.Inline.Code--;
    }
}
