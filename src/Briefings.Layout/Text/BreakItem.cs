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

    private const byte FlaggedBit = 1;
    private const byte FillBit = 2;

    private readonly double width;

    /// <summary>
    /// A box's one fragment or its array of several; a word space's glyph; a hyphenation penalty's hyphen. One
    /// field for all three, and no array for the one fragment most words are: 32 bytes an item, not 48.
    /// </summary>
    private readonly object? payload;

    private readonly int start;
    private readonly int end;

    /// <summary>Penalty costs are whole numbers (0, 50, ±<see cref="Infinite"/>): a float holds them exactly.</summary>
    private readonly float cost;

    private readonly ItemKind kind;
    private readonly byte flags;

    private BreakItem(ItemKind kind, double width, float cost, byte flags, object? payload, int start, int end)
    {
        this.kind = kind;
        this.width = width;
        this.cost = cost;
        this.flags = flags;
        this.payload = payload;
        this.start = start;
        this.end = end;
    }

    public ItemKind Kind => kind;

    public double Width => width;

    /// <summary>For a penalty: the cost of breaking there.</summary>
    public double Cost => cost;

    /// <summary>For a penalty: a break there shows a hyphen (two in a row are discouraged).</summary>
    public bool Flagged => (flags & FlaggedBit) != 0;

    /// <summary>For glue: it fills the rest of the line (the end of a paragraph or of a forced line).</summary>
    public bool IsFill => (flags & FillBit) != 0;

    /// <summary>For a box, its shaped text; for a hyphenation penalty, the hyphen.</summary>
    public BreakFragments Fragments => kind == ItemKind.Glue ? default : new BreakFragments(payload);

    /// <summary>For a word space: the space glyph drawn where the glue is (widths come from the glue, not the glyph).</summary>
    public TextFragment? Space => kind == ItemKind.Glue ? payload as TextFragment : null;

    /// <summary>For a box: the characters it holds, as [start, end) in the paragraph text; for glue, its first space.</summary>
    public int Start => start;

    public int End => end;

    /// <summary>For glue: the span the space belongs to (a link runs across the spaces between its words).</summary>
    public TextSpan? Span => Space?.Span;

    public bool IsForcedBreak => Kind == ItemKind.Penalty && Cost <= -Infinite;

    public static BreakItem Box(ReadOnlySpan<TextFragment> fragments, int start, int end)
    {
        var width = 0.0;
        foreach (var fragment in fragments)
        {
            width += fragment.Width;
        }

        object? payload = fragments.Length switch
        {
            0 => null,
            1 => fragments[0],
            _ => fragments.ToArray(),
        };
        return new(ItemKind.Box, width, 0, 0, payload, start, end);
    }

    /// <summary>A space between words: it stretches by half its width and shrinks by a third when lines are justified.</summary>
    public static BreakItem WordSpace(double width, TextFragment space, int index) =>
        new(ItemKind.Glue, width, 0, 0, space, index, index + 1);

    public static BreakItem FillGlue() => new(ItemKind.Glue, 0, 0, FillBit, null, 0, 0);

    public static BreakItem Penalty(double cost, bool flagged = false, TextFragment? hyphen = null) =>
        new(ItemKind.Penalty, hyphen?.Width ?? 0, (float)cost, flagged ? FlaggedBit : (byte)0, hyphen, 0, 0);

    /// <summary>How far the item may stretch. In ragged setting word spaces keep their width; fills still fill.</summary>
    public double Stretch(bool ragged) => Kind != ItemKind.Glue ? 0 : IsFill ? Fill : ragged ? 0 : Width / 2;

    /// <summary>How far the item may shrink: word spaces of justified lines only.</summary>
    public double Shrink(bool ragged) => Kind == ItemKind.Glue && !IsFill && !ragged ? Width / 3 : 0;
}
