namespace Briefings.Core.Yaml;

/// <summary>
/// An alias met before any node carries its anchor. YamlDotNet's representation model accepts that and resolves it
/// once the document is read, to the last node anchored so, so the reader does the same: it notes where the alias
/// was put (an item, a value, a key) and puts the anchored node there at the end of the document.
/// </summary>
internal sealed class PendingAlias(int line, int column, string anchor) : YamlValue(line, column, string.Empty)
{
    private YamlValue[]? slots;
    private int index;

    public string Anchor { get; } = anchor;

    /// <summary>Whether the alias stands for a key, which the reader refuses (the representation model recursed until the stack overflowed).</summary>
    public bool IsKey { get; private set; }

    /// <summary>Notes that the alias is element <paramref name="at"/> of <paramref name="array"/>.</summary>
    public void PlaceAt(YamlValue[] array, int at)
    {
        slots = array;
        index = at;
    }

    public void MarkAsKey() => IsKey = true;

    /// <summary>Puts <paramref name="anchored"/> where the alias was.</summary>
    public void ResolveTo(YamlValue anchored)
    {
        if (slots is not null)
        {
            slots[index] = anchored;
        }
    }

    internal override bool SameAs(YamlValue other, int depth) => ReferenceEquals(this, other);

    internal override string Describe(int depth) => "*" + Anchor;
}
