namespace Briefings.Core.Yaml;

/// <summary>
/// A YAML mapping, its entries in the order written. The facts' mappings hold a dozen keys at most, so a key is found
/// by a linear search rather than through a dictionary per mapping.
/// </summary>
internal sealed class YamlMapping(int line, int column, string tag) : YamlValue(line, column, tag)
{
    // Keys at even indexes, each followed by its value: one array per mapping.
    private YamlValue[] entries = [];

    public int Count => entries.Length / 2;

    public YamlValue KeyAt(int index) => entries[2 * index];

    public YamlValue ValueAt(int index) => entries[(2 * index) + 1];

    /// <summary>
    /// The value of <paramref name="key"/> written as an untagged scalar (<c>title:</c>, <c>"title":</c>), or null.
    /// A tagged key (<c>!x title:</c>) is another key, as it was for the representation model.
    /// </summary>
    public YamlValue? Find(string key)
    {
        for (var index = 0; index < entries.Length; index += 2)
        {
            if (entries[index] is YamlScalar { Tag.Length: 0 } scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
            {
                return entries[index + 1];
            }
        }

        return null;
    }

    internal void Complete(YamlValue[] keysAndValues) => entries = keysAndValues;

    /// <summary>
    /// Only the same mapping, through an alias: the representation model hashed a mapping by its identity, so two
    /// mappings written alike as keys (<c>? { k: v }</c>) were never found to be the same key.
    /// </summary>
    internal override bool SameAs(YamlValue other, int depth) => ReferenceEquals(this, other);

    internal override string Describe(int depth)
    {
        if (depth > MaximumDepth)
        {
            return "WARNING! INFINITE RECURSION!";
        }

        var pairs = Enumerable.Range(0, Count).Select(index => "{ " + KeyAt(index).Describe(depth + 1) + ", " + ValueAt(index).Describe(depth + 1) + " }");
        return "{ " + string.Join(", ", pairs) + " }";
    }
}
