using Briefings.Docx.Blocks;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

/// <summary>Hard breaks become <c>w:br</c>; soft breaks are spaces, since Word reflows the paragraph.</summary>
internal sealed class LineBreakInlineRenderer : DocxObjectRenderer<LineBreakInline>
{
    protected override void Write(DocxRenderer renderer, LineBreakInline obj)
    {
        if (KeepRequest.IsTrailingAttributeCarrier(obj))
        {
            return;
        }

        if (obj.IsHard)
        {
            renderer.WriteRun(new Break());
        }
        else
        {
            renderer.WriteText(" ");
        }
    }
}
