namespace Briefings.Core.Yaml;

/// <summary>
/// The keys of the mapping being read, to find a key given twice. A mapping of facts has a dozen keys, compared one
/// by one; past <see cref="LinearLimit"/> the keys go into a hash set too, so that a hostile mapping of a hundred
/// thousand keys costs linear time, as it did with the representation model's dictionaries.
/// </summary>
internal sealed class YamlKeySet
{
    private const int LinearLimit = 16;

    private readonly List<YamlValue> keys = [];
    private HashSet<YamlValue>? hashed;

    /// <summary>Adds <paramref name="key"/>, or returns false when the mapping already has the same key.</summary>
    public bool Add(YamlValue key)
    {
        if (hashed is not null)
        {
            return hashed.Add(key);
        }

        foreach (var known in keys)
        {
            if (known.SameKeyAs(key))
            {
                return false;
            }
        }

        keys.Add(key);
        if (keys.Count > LinearLimit)
        {
            hashed = new HashSet<YamlValue>(keys, KeyComparer.Instance);
        }

        return true;
    }

    public void Clear()
    {
        keys.Clear();
        hashed = null;
    }

    /// <summary><see cref="YamlValue.SameKeyAs"/>, with a hash that equal keys share: a scalar's text, a collection's size.</summary>
    private sealed class KeyComparer : IEqualityComparer<YamlValue>
    {
        public static KeyComparer Instance { get; } = new();

        public bool Equals(YamlValue? x, YamlValue? y) => x is not null && y is not null && x.SameKeyAs(y);

        public int GetHashCode(YamlValue obj) => obj switch
        {
            YamlScalar scalar => HashCode.Combine(scalar.Tag, scalar.Value),
            YamlSequence sequence => HashCode.Combine(sequence.Tag, sequence.Count),
            YamlMapping mapping => HashCode.Combine(mapping.Tag, mapping.Count),
            _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj),
        };
    }
}
