namespace Briefings.Core.Yaml;

/// <summary>
/// A node of a YAML document as the facts are read: a scalar, a sequence or a mapping with its 1-based position and
/// its tag. Far lighter than YamlDotNet's representation model (no dictionary per mapping, a position in two ints),
/// and built one top-level item at a time by <see cref="YamlEventReader"/>, so a large document's tree never exists
/// whole. Aliases are resolved: an aliased node is the anchored node itself, as in YamlDotNet.
/// </summary>
internal abstract class YamlValue(int line, int column, string tag)
{
    /// <summary>Deeper than this, YamlDotNet's representation model stops describing a node (a cycle through an alias).</summary>
    private protected const int MaximumDepth = 1000;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The tag written on the node, resolved (<c>tag:yaml.org,2002:str</c> for <c>!!str</c>), or empty when none was.</summary>
    public string Tag { get; } = tag;

    /// <summary>
    /// Whether the two nodes are the same key, as YamlDotNet's representation model compares them (same tag and value,
    /// style ignored; collections item by item): two such keys in one mapping are a duplicate key.
    /// </summary>
    public bool SameKeyAs(YamlValue other) => SameAs(other, 0);

    /// <summary>The node as YamlDotNet's representation model writes it in its "Duplicate key" message.</summary>
    public override string ToString() => Describe(0);

    /// <summary>Compares at <paramref name="depth"/>; beyond <see cref="MaximumDepth"/> (a cycle) nodes are taken as different.</summary>
    internal abstract bool SameAs(YamlValue other, int depth);

    internal abstract string Describe(int depth);
}
