using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

internal sealed class LiteralInlineRenderer : DocxObjectRenderer<LiteralInline>
{
    protected override void Write(DocxRenderer renderer, LiteralInline obj) => renderer.WriteText(obj.Content.AsSpan());
}
