namespace Briefings.Layout.Elements;

/// <summary>
/// The blocks of a column, in order, as paging asks for them: by index, from the first not yet drawn onwards. A
/// column built whole holds them all (<see cref="FixedColumnItems"/>); the body of a long document makes them as
/// paging reaches them and lets go of those drawn (<see cref="StreamedColumnItems"/>), so the document is never
/// held whole as a layout tree.
/// </summary>
public abstract class ColumnItems
{
    /// <summary>Whether there is a block at <paramref name="index"/>, making blocks up to it if need be.</summary>
    public abstract bool Has(int index);

    /// <summary>The block at <paramref name="index"/>: one <see cref="Has"/> said exists, not yet let go of.</summary>
    public abstract ColumnItem this[int index] { get; }

    /// <summary>Every block before <paramref name="index"/> is drawn and will not be asked for again.</summary>
    public abstract void DrawnBefore(int index);

    /// <summary>Rewinds every block for a new rendering.</summary>
    public abstract void Reset();

    /// <summary>The blocks from <paramref name="index"/> to the end.</summary>
    public IEnumerable<ColumnItem> From(int index)
    {
        for (var at = index; Has(at); at++)
        {
            yield return this[at];
        }
    }
}
