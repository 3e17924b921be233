namespace Briefings.Core.Yaml;

/// <summary>A YAML sequence. Its items are set once they are all read, after its anchor is known (an item may alias it).</summary>
internal sealed class YamlSequence(int line, int column, string tag) : YamlValue(line, column, tag)
{
    private YamlValue[] items = [];

    public int Count => items.Length;

    public YamlValue this[int index] => items[index];

    internal void Complete(YamlValue[] read) => items = read;

    internal override bool SameAs(YamlValue other, int depth)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (depth > MaximumDepth || other is not YamlSequence sequence || !string.Equals(Tag, sequence.Tag, StringComparison.Ordinal) || Count != sequence.Count)
        {
            return false;
        }

        for (var index = 0; index < items.Length; index++)
        {
            if (!items[index].SameAs(sequence.items[index], depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    internal override string Describe(int depth) =>
        depth > MaximumDepth ? "WARNING! INFINITE RECURSION!" : "[ " + string.Join(", ", items.Select(item => item.Describe(depth + 1))) + " ]";
}
