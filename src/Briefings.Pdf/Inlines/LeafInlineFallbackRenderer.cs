using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf.Inlines;

/// <summary>Any inline no other renderer knows (e.g. raw HTML, which the dialect treats as text): its source text.</summary>
public sealed class LeafInlineFallbackRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, LeafInline>
{
    protected override void Write(PdfLayoutRenderer renderer, LeafInline obj) =>
        renderer.Inline.Add(obj is HtmlInline html ? html.Tag : renderer.SourceText(obj), PdfLayoutRenderer.Origin(obj));
}
