using Markdig.Syntax;

namespace Briefings.Docx.Blocks;

internal sealed class ParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    protected override void Write(DocxRenderer renderer, ParagraphBlock obj)
    {
        var keep = KeepRequest.Of(obj);
        if (keep)
        {
            renderer.BeginKeep();
        }

        renderer.BeginParagraph();
        renderer.WriteLeafInline(obj);
        renderer.EndParagraph();

        if (keep)
        {
            renderer.EndKeep();
        }
    }
}
