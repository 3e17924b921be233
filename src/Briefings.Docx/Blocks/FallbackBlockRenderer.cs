using Markdig.Syntax;

namespace Briefings.Docx.Blocks;

/// <summary>A leaf block no other renderer knows still shows its text, as a plain paragraph.</summary>
internal sealed class FallbackBlockRenderer : DocxObjectRenderer<LeafBlock>
{
    protected override void Write(DocxRenderer renderer, LeafBlock obj)
    {
        renderer.BeginParagraph();
        if (obj.Inline is not null)
        {
            renderer.WriteLeafInline(obj);
        }
        else
        {
            for (var i = 0; i < obj.Lines.Count; i++)
            {
                if (i > 0)
                {
                    renderer.WriteText(" ");
                }

                renderer.WriteText(obj.Lines.Lines[i].Slice.AsSpan());
            }
        }

        renderer.EndParagraph();
    }
}
