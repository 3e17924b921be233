using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

/// <summary><c>*x*</c> italic, <c>**x**</c> bold (nested for bold italic), <c>~~x~~</c> struck through.</summary>
internal sealed class EmphasisInlineRenderer : DocxObjectRenderer<EmphasisInline>
{
    protected override void Write(DocxRenderer renderer, EmphasisInline obj)
    {
        var saved = renderer.Format;
        renderer.Format |= (obj.DelimiterChar, obj.DelimiterCount) switch
        {
            ('*' or '_', 1) => RunFormat.Italic,
            ('*' or '_', 2) => RunFormat.Bold,
            ('*' or '_', _) => RunFormat.Bold | RunFormat.Italic,
            ('~', 2) => RunFormat.Strikethrough,
            _ => RunFormat.None,
        };
        renderer.WriteChildren(obj);
        renderer.Format = saved;
    }
}
