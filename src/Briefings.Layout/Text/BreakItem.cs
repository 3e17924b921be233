namespace Briefings.Layout.Text;

/// <summary>
/// A box (text that is never broken), glue (a space that may stretch or shrink and where a line may end) or a
/// penalty (a possible break with a cost; flagged when it shows a hyphen). Boxes remember their character
/// range so that an over-long word can be hyphenated as a last resort.
/// </summary>
/// <remarks>
/// A long document holds two of these per word for as long as it is laid out, so the struct keeps only what
/// cannot be derived: a word space's stretch and shrink follow from its width, and its span from its space glyph.
/// </remarks>
internal readonly struct BreakItem
{
    /// <summary>A penalty at least this high forbids a break; at most minus this, forces one.</summary>
    public const double Infinite = 10_000;

    /// <summary>Stretch that absorbs any shortfall: the glue that ends a paragraph or a forced line.</summary>
    public const double Fill = 100_000;

    private BreakItem(ItemKind kind, double width, double cost, bool flagged, bool isFill, TextFragment[] fragments, TextFragment? space, int start, int end)
    {
        Kind = kind;
        Width = width;
        Cost = cost;
        Flagged = flagged;
        IsFill = isFill;
        Fragments = fragments;
        Space = space;
        Start = start;
        End = end;
    }

    public ItemKind Kind { get; }

    public double Width { get; }

    /// <summary>For a penalty: the cost of breaking there.</summary>
    public double Cost { get; }

    /// <summary>For a penalty: a break there shows a hyphen (two in a row are discouraged).</summary>
    public bool Flagged { get; }

    /// <summary>For glue: it fills the rest of the line (the end of a paragraph or of a forced line).</summary>
    public bool IsFill { get; }

    /// <summary>For a box, its shaped text; for a hyphenation penalty, the hyphen.</summary>
    public TextFragment[] Fragments { get; }

    /// <summary>For a word space: the space glyph drawn where the glue is (widths come from the glue, not the glyph).</summary>
    public TextFragment? Space { get; }

    /// <summary>For a box: the characters it holds, as [start, end) in the paragraph text; for glue, its first space.</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>For glue: the span the space belongs to (a link runs across the spaces between its words).</summary>
    public TextSpan? Span => Space?.Span;

    public bool IsForcedBreak => Kind == ItemKind.Penalty && Cost <= -Infinite;

    public static BreakItem Box(TextFragment[] fragments, int start, int end)
    {
        var width = 0.0;
        foreach (var fragment in fragments)
        {
            width += fragment.Width;
        }

        return new(ItemKind.Box, width, 0, false, false, fragments, null, start, end);
    }

    /// <summary>A space between words: it stretches by half its width and shrinks by a third when lines are justified.</summary>
    public static BreakItem WordSpace(double width, TextFragment space, int index) =>
        new(ItemKind.Glue, width, 0, false, false, [], space, index, index + 1);

    public static BreakItem FillGlue() => new(ItemKind.Glue, 0, 0, false, true, [], null, 0, 0);

    public static BreakItem Penalty(double cost, bool flagged = false, TextFragment? hyphen = null) =>
        new(ItemKind.Penalty, hyphen?.Width ?? 0, cost, flagged, false, hyphen is null ? [] : [hyphen], null, 0, 0);

    /// <summary>How far the item may stretch. In ragged setting word spaces keep their width; fills still fill.</summary>
    public double Stretch(bool ragged) => Kind != ItemKind.Glue ? 0 : IsFill ? Fill : ragged ? 0 : Width / 2;

    /// <summary>How far the item may shrink: word spaces of justified lines only.</summary>
    public double Shrink(bool ragged) => Kind == ItemKind.Glue && !IsFill && !ragged ? Width / 3 : 0;
}
