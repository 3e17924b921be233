using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

internal sealed class HtmlEntityInlineRenderer : DocxObjectRenderer<HtmlEntityInline>
{
    protected override void Write(DocxRenderer renderer, HtmlEntityInline obj) => renderer.WriteText(obj.Transcoded.AsSpan());
}
