using Briefings.Core.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Blocks;

/// <summary>
/// Whether a block asks to be kept on one page (<c>{.keep}</c>). Markdig attaches attributes written on the
/// line after a paragraph to its trailing line break, so those count as the paragraph's own.
/// </summary>
internal static class KeepRequest
{
    public static bool Of(Block block) =>
        HasKeep(block.TryGetAttributes())
        || (block is LeafBlock { Inline.LastChild: LineBreakInline lineBreak } && IsTrailingAttributeCarrier(lineBreak) && HasKeep(lineBreak.TryGetAttributes()));

    /// <summary>A trailing line break that exists only to carry <c>{…}</c> attributes, not to break a line.</summary>
    public static bool IsTrailingAttributeCarrier(LineBreakInline lineBreak) =>
        lineBreak.NextSibling is null && lineBreak.TryGetAttributes() is not null;

    private static bool HasKeep(HtmlAttributes? attributes) =>
        attributes?.Classes is { } classes && classes.Contains(ContainerKinds.KeepClass);
}
