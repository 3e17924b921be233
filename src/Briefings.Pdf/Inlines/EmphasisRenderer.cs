using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf.Inlines;

/// <summary><c>*italic*</c>, <c>**bold**</c>, <c>***both***</c> and <c>~~struck~~</c>.</summary>
public sealed class EmphasisRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, EmphasisInline>
{
    protected override void Write(PdfLayoutRenderer renderer, EmphasisInline obj)
    {
        var inline = renderer.Inline;
        var strike = obj.DelimiterChar == '~';
        var bold = !strike && obj.DelimiterCount >= 2;
        var italic = !strike && obj.DelimiterCount % 2 == 1;
        inline.Strikethrough += strike ? 1 : 0;
        inline.Bold += bold ? 1 : 0;
        inline.Italic += italic ? 1 : 0;
        renderer.WriteChildren(obj);
        inline.Strikethrough -= strike ? 1 : 0;
        inline.Bold -= bold ? 1 : 0;
        inline.Italic -= italic ? 1 : 0;
    }
}
