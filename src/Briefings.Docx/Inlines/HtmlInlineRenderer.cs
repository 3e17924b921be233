using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

/// <summary>Raw HTML is text in a briefing (the pipeline disables it; this keeps it visible if it ever appears).</summary>
internal sealed class HtmlInlineRenderer : DocxObjectRenderer<HtmlInline>
{
    protected override void Write(DocxRenderer renderer, HtmlInline obj) => renderer.WriteText(obj.Tag);
}
