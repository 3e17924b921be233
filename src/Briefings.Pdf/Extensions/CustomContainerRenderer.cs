using Briefings.Core.Markdown;
using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Briefings.Pdf.Extensions;

/// <summary>
/// <c>::: key-points</c>, <c>::: note</c> and <c>::: warning</c> become shaded, bordered boxes, kept whole when
/// they take less than a third of a page and split cleanly when longer; <c>::: page-break</c> ends the page.
/// Any other name is a plain group: a typo loses the styling, never the text.
/// </summary>
public sealed class CustomContainerRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, CustomContainer>
{
    protected override void Write(PdfLayoutRenderer renderer, CustomContainer obj)
    {
        var kind = obj.Info?.Trim();
        if (kind == ContainerKinds.PageBreak)
        {
            renderer.Add(new PageBreakElement(), 0, 0);
            return;
        }

        if (!ContainerKinds.IsCallout(kind))
        {
            renderer.WriteChildren(obj);
            return;
        }

        var styles = renderer.Styles;
        var warning = kind == ContainerKinds.Warning;
        renderer.PushBlocks();
        renderer.WriteChildren(obj);
        var content = renderer.PopBlocks();

        var padding = styles.Theme.Spacing.CalloutPadding;
        var bar = warning ? styles.WarningBorder : styles.CalloutBorder;
        // As in the Word output: a hairline frame (in the rule colour for a neutral note) and a bar on the left.
        var box = new BoxElement(content, new BoxStyle(new Thickness(padding + 4, padding, padding + 2, padding))
        {
            Background = warning ? styles.WarningBackground : styles.CalloutBackground,
            BorderColor = kind == ContainerKinds.Note ? styles.Rule : bar,
            BorderWidth = 0.5,
            LeftBarColor = bar,
            LeftBarWidth = 3,
        });
        var page = styles.Theme.Page;
        var spacing = renderer.Context.ParagraphSpacing;
        renderer.AddBlock(obj, new KeepTogetherElement(box, page.ContentHeight / 3), spacing * 1.5, spacing * 2);
    }
}
