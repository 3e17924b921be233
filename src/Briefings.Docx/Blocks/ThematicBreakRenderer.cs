using Briefings.Docx.Styling;
using Markdig.Syntax;

namespace Briefings.Docx.Blocks;

/// <summary>A thematic break is an empty paragraph whose style draws a bottom rule.</summary>
internal sealed class ThematicBreakRenderer : DocxObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(DocxRenderer renderer, ThematicBreakBlock obj)
    {
        renderer.BeginParagraph(StyleIds.HorizontalRule);
        renderer.EndParagraph();
    }
}
