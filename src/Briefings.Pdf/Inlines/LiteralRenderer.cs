using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf.Inlines;

public sealed class LiteralRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, LiteralInline>
{
    protected override void Write(PdfLayoutRenderer renderer, LiteralInline obj) =>
        renderer.Inline.Add(obj.Content.ToString(), PdfLayoutRenderer.Origin(obj));
}
