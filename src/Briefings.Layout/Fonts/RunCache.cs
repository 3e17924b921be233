using System.Collections.Concurrent;

namespace Briefings.Layout.Fonts;

/// <summary>Shaped runs of one font and direction by their text, with a lookup by characters that needs no string.</summary>
internal sealed class RunCache : ConcurrentDictionary<string, ShapedRun>
{
    public RunCache()
        : base(StringComparer.Ordinal)
    {
        Lookup = GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
}
