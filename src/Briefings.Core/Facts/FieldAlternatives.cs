namespace Briefings.Core.Facts;

/// <summary>
/// The alternatives the YAML gave for fields of records, by the record's identity (records compare by value, and
/// two equal provisions are still two facts), the property's C# name and, for one item of a list, its index.
/// Filled by the loader while it reads, read-only once the <see cref="FactBase"/> holds it.
/// </summary>
internal sealed class FieldAlternatives
{
    /// <summary>The index that stands for the whole field rather than one item of a list.</summary>
    public const int WholeField = -1;

    private readonly Dictionary<FactRecord, List<Entry>> byRecord = new(ReferenceEqualityComparer.Instance);

    public int Count { get; private set; }

    public void Add(FactRecord record, string property, int index, ISourced alternatives)
    {
        if (!byRecord.TryGetValue(record, out var entries))
        {
            byRecord[record] = entries = [];
        }

        entries.Add(new Entry(property, index, alternatives));
        Count++;
    }

    /// <summary>Whether any field of <paramref name="record"/> was written as alternatives.</summary>
    public bool HasAny(FactRecord record) => byRecord.ContainsKey(record);

    public ISourced? Find(FactRecord record, string property, int index)
    {
        if (byRecord.TryGetValue(record, out var entries))
        {
            foreach (var entry in entries)
            {
                if (entry.Index == index && string.Equals(entry.Property, property, StringComparison.Ordinal))
                {
                    return entry.Alternatives;
                }
            }
        }

        return null;
    }

    /// <summary>The alternatives of a record's property: of the whole field, then of its items in list order.</summary>
    public IEnumerable<(int Index, ISourced Alternatives)> Of(FactRecord record, string property)
    {
        if (!byRecord.TryGetValue(record, out var entries))
        {
            yield break;
        }

        foreach (var entry in entries.Where(e => string.Equals(e.Property, property, StringComparison.Ordinal)).OrderBy(e => e.Index))
        {
            yield return (entry.Index, entry.Alternatives);
        }
    }

    private sealed record Entry(string Property, int Index, ISourced Alternatives);
}
