using Briefings.Core.Diagnostics;
using Briefings.Core.Yaml;

namespace Briefings.Core.Facts;

/// <summary>
/// Takes the top-level entries of <c>facts.yaml</c> as <see cref="YamlEventReader"/> hands them over, and the items of
/// each collection one at a time, and reads each with the <see cref="FactReader"/> at once: an item's YAML nodes are
/// dropped as soon as its record is built. Keeps what the loader needs afterwards: the records of each collection, the
/// dossier, and where each source's <c>file</c> is written.
/// </summary>
internal sealed class TopLevelReader(FactReader reader) : IYamlRootHandler
{
    private const string DossierKey = "dossier";
    private const string SourcesKey = "sources";

    private static readonly IReadOnlyList<FactField> Fields = FactField.Of(typeof(FactBase));

    private static readonly Dictionary<string, Type> CollectionTypes = Fields
        .Where(f => FactField.IsList(f.Type, out _))
        .ToDictionary(f => f.Key, f => { FactField.IsList(f.Type, out var item); return item; }, StringComparer.Ordinal);

    private readonly Dictionary<string, List<object>> collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> fileLocations = new(StringComparer.Ordinal);
    private bool dossierWritten;
    private Dossier? dossier;

    /// <summary>The item type of each top-level collection, by key (<c>events</c> → <see cref="Event"/>).</summary>
    public static IReadOnlyDictionary<string, Type> ItemTypes => CollectionTypes;

    /// <summary>The sources read, in YAML order.</summary>
    public IEnumerable<Source> Sources => collections.GetValueOrDefault(SourcesKey)?.Cast<Source>() ?? [];

    public bool ReadsItemsOf(YamlValue key) => CollectionKey(key) is not null;

    public void Entry(YamlValue key, YamlValue value)
    {
        var name = (key as YamlScalar)?.Value ?? string.Empty;
        if (!FactBaseLoader.TopLevelKeys.Contains(name, StringComparer.Ordinal))
        {
            var suggestion = EditDistance.Suggest(name, FactBaseLoader.TopLevelKeys);
            reader.Error(
                FactDiagnosticCodes.UnknownKey,
                $"unknown top-level key '{name}'" + (suggestion is null ? $"; expected one of {string.Join(", ", FactBaseLoader.TopLevelKeys)}" : $"; did you mean '{suggestion}'?"),
                reader.LocationOf(key));
            return;
        }

        // A tagged key (!x events:) is another key than the one the facts name: it is neither unknown nor read.
        if (key is not YamlScalar { Tag.Length: 0 } || FactReader.IsNull(value))
        {
            return;
        }

        if (name == DossierKey)
        {
            dossierWritten = true;
            dossier = reader.ReadDossier(value);
        }
        else if (value is YamlSequence sequence)
        {
            for (var index = 0; index < sequence.Count; index++)
            {
                Item(key, sequence[index]);
            }
        }
        else
        {
            reader.Error(FactDiagnosticCodes.WrongType, $"{name} must be a list, not {FactReader.Found(value)}", reader.LocationOf(value));
        }
    }

    public void Item(YamlValue key, YamlValue item)
    {
        var name = CollectionKey(key) ?? throw new InvalidOperationException($"'{key}' is not a collection of the facts");
        if (name == SourcesKey)
        {
            NoteFileLocation(item);
        }

        if (reader.ReadFact(item, CollectionTypes[name], name) is { } fact)
        {
            if (!collections.TryGetValue(name, out var items))
            {
                collections[name] = items = [];
            }

            items.Add(fact);
        }
    }

    /// <summary>Where a source's <c>file</c> is written (the first source item with its id that names one), so a missing file is reported there.</summary>
    public SourceLocation FileLocationOf(Source source) => fileLocations.GetValueOrDefault(source.Id, source.Location);

    /// <summary>
    /// The fact base's constructor arguments in order (each collection as a typed list, empty when not written), or
    /// null when the dossier could not be read; reports a dossier not written at <paramref name="root"/>.
    /// </summary>
    public object?[]? Values(SourceLocation root)
    {
        if (!dossierWritten)
        {
            reader.Error(FactDiagnosticCodes.MissingKey, $"the facts are missing required key '{DossierKey}'", root);
        }

        if (dossier is null)
        {
            return null;
        }

        return [.. Fields.Select(field => field.Key == DossierKey
            ? dossier
            : FactTypes.ImmutableArrayOf(CollectionTypes[field.Key], collections.GetValueOrDefault(field.Key) ?? []))];
    }

    private static string? CollectionKey(YamlValue key) =>
        key is YamlScalar { Tag.Length: 0 } scalar && CollectionTypes.ContainsKey(scalar.Value) ? scalar.Value : null;

    private void NoteFileLocation(YamlValue item)
    {
        if (item is YamlMapping mapping && FactReader.Scalar(mapping, "id") is { } id && FactReader.Scalar(mapping, "file") is { } file)
        {
            fileLocations.TryAdd(id.Value, reader.LocationOf(file));
        }
    }
}
