namespace Briefings.Layout.Elements;

/// <summary>
/// The blocks of a column made one by one as paging reaches them (and the few after them that keep-with-next looks
/// at), and dropped once drawn. The source is enumerated once: the column is laid out once, and a second rendering
/// after any block was made is refused rather than drawn from blocks that are gone.
/// </summary>
public sealed class StreamedColumnItems(IEnumerable<ColumnItem> source) : ColumnItems
{
    private readonly List<ColumnItem> window = [];
    private IEnumerator<ColumnItem>? remaining;
    private int first;
    private bool exhausted;

    /// <summary>How many blocks are made and not yet let go of (for tests of what a long document keeps).</summary>
    internal int Held => window.Count;

    public override ColumnItem this[int index] =>
        index >= first && index < first + window.Count
            ? window[index - first]
            : throw new InvalidOperationException($"block {index} of a streamed column is {(index < first ? "already drawn and let go of" : "not made yet")}");

    public override bool Has(int index)
    {
        while (first + window.Count <= index && !exhausted)
        {
            remaining ??= source.GetEnumerator();
            if (remaining.MoveNext())
            {
                window.Add(remaining.Current);
            }
            else
            {
                exhausted = true;
                remaining.Dispose();
            }
        }

        return index >= first && index < first + window.Count;
    }

    public override void DrawnBefore(int index)
    {
        var drawn = Math.Clamp(index - first, 0, window.Count);
        window.RemoveRange(0, drawn);
        first += drawn;
    }

    public override void Reset()
    {
        if (remaining is not null)
        {
            throw new InvalidOperationException("a streamed column is laid out once: its drawn blocks are gone");
        }
    }
}
