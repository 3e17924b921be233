namespace Briefings.Core.Extraction.Text;

/// <summary>
/// Normalised index → original index, stored as runs where both advance together (a line's characters, mostly), so
/// a 50 MB source needs a few megabytes of map rather than four bytes a character. Both indices only ever grow.
/// </summary>
internal sealed class OffsetMap
{
    private readonly List<int> _starts = [];
    private readonly List<int> _origins = [];
    private int _lastOriginal = -2;

    /// <summary>How many normalised characters are mapped.</summary>
    public int Count { get; private set; }

    /// <summary>Maps the next normalised character to <paramref name="original"/>.</summary>
    public void Add(int original)
    {
        if (Count == 0 || original != _lastOriginal + 1)
        {
            _starts.Add(Count);
            _origins.Add(original);
        }

        _lastOriginal = original;
        Count++;
    }

    /// <summary>Forgets the last normalised character (a hyphen dropped when a split word is rejoined).</summary>
    public void RemoveLast()
    {
        Count--;
        if (_starts[^1] == Count)
        {
            _starts.RemoveAt(_starts.Count - 1);
            _origins.RemoveAt(_origins.Count - 1);
        }

        _lastOriginal = _starts.Count == 0 ? -2 : _origins[^1] + (Count - 1 - _starts[^1]);
    }

    public int Original(int index)
    {
        var run = RunOf(index);
        return _origins[run] + (index - _starts[run]);
    }

    /// <summary>The first normalised index whose original index is at least <paramref name="original"/>; <see cref="Count"/> if none.</summary>
    public int LowerBound(int original)
    {
        int low = 0, high = _origins.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_origins[middle] <= original)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var run = low - 1;
        if (run < 0)
        {
            return 0;
        }

        var end = run + 1 < _starts.Count ? _starts[run + 1] : Count;
        var candidate = _starts[run] + (original - _origins[run]);
        return candidate < end ? candidate : end;
    }

    private int RunOf(int index)
    {
        int low = 0, high = _starts.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_starts[middle] <= index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - 1;
    }
}
