namespace Briefings.Layout.Text;

/// <summary>
/// A box (text that is never broken), glue (a space that may stretch or shrink and where a line may end) or a
/// penalty (a possible break with a cost; flagged when it shows a hyphen). Boxes remember their character
/// range so that an over-long word can be hyphenated as a last resort.
/// </summary>
internal readonly record struct BreakItem(ItemKind Kind, double Width, double Stretch, double Shrink, double Cost, bool Flagged)
{
    /// <summary>A penalty at least this high forbids a break; at most minus this, forces one.</summary>
    public const double Infinite = 10_000;

    /// <summary>Stretch that absorbs any shortfall: the glue that ends a paragraph or a forced line.</summary>
    public const double Fill = 100_000;

    public TextFragment[] Fragments { get; init; } = [];

    /// <summary>For a box: the characters it holds, as [start, end) in the paragraph text; for glue, its first space.</summary>
    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>For glue: the span the space belongs to (a link runs across the spaces between its words).</summary>
    public TextSpan? Span { get; init; }

    /// <summary>For glue: the space glyph drawn where the glue is (widths come from the glue, not the glyph).</summary>
    public TextFragment? Space { get; init; }

    public static BreakItem Box(TextFragment[] fragments, int start, int end) =>
        new(ItemKind.Box, fragments.Sum(fragment => fragment.Width), 0, 0, 0, false) { Fragments = fragments, Start = start, End = end };

    public static BreakItem Glue(double width, double stretch, double shrink, TextSpan? span) =>
        new(ItemKind.Glue, width, stretch, shrink, 0, false) { Span = span };

    public static BreakItem Penalty(double cost, bool flagged = false, TextFragment? hyphen = null) =>
        new(ItemKind.Penalty, hyphen?.Width ?? 0, 0, 0, cost, flagged) { Fragments = hyphen is null ? [] : [hyphen] };

    public bool IsForcedBreak => Kind == ItemKind.Penalty && Cost <= -Infinite;
}
