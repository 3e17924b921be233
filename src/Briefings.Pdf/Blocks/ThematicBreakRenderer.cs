using Briefings.Layout.Elements;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Pdf.Blocks;

/// <summary>A horizontal rule between sections.</summary>
public sealed class ThematicBreakRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, ThematicBreakBlock>
{
    protected override void Write(PdfLayoutRenderer renderer, ThematicBreakBlock obj)
    {
        var spacing = renderer.Context.ParagraphSpacing * 1.5;
        renderer.AddBlock(obj, new RuleElement(renderer.Styles.Rule, 0.75), spacing, spacing);
    }
}
