using Briefings.Docx.Styling;
using Markdig.Syntax;

namespace Briefings.Docx.Blocks;

internal sealed class QuoteBlockRenderer : DocxObjectRenderer<QuoteBlock>
{
    protected override void Write(DocxRenderer renderer, QuoteBlock obj)
    {
        var keep = KeepRequest.Of(obj);
        if (keep)
        {
            renderer.BeginKeep();
        }

        var previous = renderer.ParagraphStyle;
        renderer.EndParagraph();
        renderer.ParagraphStyle = StyleIds.Quote;
        renderer.WriteChildren(obj);
        renderer.EndParagraph();
        renderer.ParagraphStyle = previous;

        if (keep)
        {
            renderer.EndKeep();
        }
    }
}
