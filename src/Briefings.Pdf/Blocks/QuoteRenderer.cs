using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Pdf.Blocks;

/// <summary>A block quote: indented, a rule down the left, set in muted italic.</summary>
public sealed class QuoteRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, QuoteBlock>
{
    protected override void Write(PdfLayoutRenderer renderer, QuoteBlock obj)
    {
        var context = renderer.Context;
        var styles = renderer.Styles;
        renderer.PushContext(context with { Text = context.Text with { Italic = true, Color = styles.Muted } });
        renderer.PushBlocks();
        renderer.WriteChildren(obj);
        var content = renderer.PopBlocks();
        renderer.PopContext();

        var indent = styles.Theme.Spacing.BlockIndent;
        var box = new BoxElement(content, new BoxStyle(new Thickness(indent, 1, indent, 1)) { LeftBarColor = styles.Rule, LeftBarWidth = 2 });
        renderer.AddBlock(obj, box, context.ParagraphSpacing, context.ParagraphSpacing * 1.5);
    }
}
