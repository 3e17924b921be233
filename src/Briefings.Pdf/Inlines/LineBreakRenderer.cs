using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf.Inlines;

/// <summary>A hard break ends the line; a soft one (a newline in the source) is a space.</summary>
public sealed class LineBreakRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, LineBreakInline>
{
    protected override void Write(PdfLayoutRenderer renderer, LineBreakInline obj) =>
        renderer.Inline.Add(obj.IsHard ? "\n" : " ", PdfLayoutRenderer.Origin(obj));
}
