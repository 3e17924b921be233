namespace Briefings.Core.Yaml;

/// <summary>
/// Receives the entries of the first document's root mapping from <see cref="YamlEventReader"/> as they are read.
/// The value of a key the handler asks for item by item, when it is a sequence, arrives one item at a time, so that
/// each item can be read and dropped before the next is built.
/// </summary>
internal interface IYamlRootHandler
{
    /// <summary>Whether the sequence under the top-level <paramref name="key"/> is handed over item by item (<see cref="Item"/>).</summary>
    bool ReadsItemsOf(YamlValue key);

    /// <summary>A top-level entry, whole.</summary>
    void Entry(YamlValue key, YamlValue value);

    /// <summary>One item of the sequence under a top-level <paramref name="key"/> the handler reads item by item.</summary>
    void Item(YamlValue key, YamlValue item);
}
