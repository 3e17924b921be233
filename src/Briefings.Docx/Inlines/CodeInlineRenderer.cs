using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

internal sealed class CodeInlineRenderer : DocxObjectRenderer<CodeInline>
{
    protected override void Write(DocxRenderer renderer, CodeInline obj)
    {
        var saved = renderer.Format;
        renderer.Format |= RunFormat.Code;
        renderer.WriteText(obj.ContentSpan);
        renderer.Format = saved;
    }
}
