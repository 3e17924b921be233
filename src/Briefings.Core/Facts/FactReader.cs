using System.Collections.Immutable;
using System.Reflection;
using Briefings.Core.Dates;
using Briefings.Core.Diagnostics;
using Briefings.Core.Yaml;
using YamlDotNet.Core;

namespace Briefings.Core.Facts;

/// <summary>
/// Reads YAML nodes (<see cref="YamlValue"/>) into the fact records by walking their constructors (see
/// <see cref="FactField"/>), collecting every problem with its file:line:column instead of stopping at the first.
/// References and quotes are checked here too, once everything is read: the caller resolves references when all ids
/// are known and verifies the quotes source by source once all are read, as the facts may list their sources after
/// the citations.
/// </summary>
internal sealed class FactReader(string file)
{
    private const string AlternativesKey = "alternatives";
    private readonly Dictionary<string, Dictionary<string, SourceLocation>> ids = new(StringComparer.Ordinal);
    private readonly List<PendingReference> references = [];
    private readonly List<PendingQuote> quotes = [];
    private ILookup<string, PendingQuote>? quotesBySource;
    private string fact = "facts";

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The alternatives written for fields of the records read so far, for <see cref="FactBase"/>.</summary>
    public FieldAlternatives FieldAlternatives { get; } = new();

    /// <summary>Reads one top-level item (an event, a source …) of a collection as a <paramref name="type"/>.</summary>
    public object? ReadFact(YamlValue node, Type type, string collection)
    {
        fact = DescribeNode(node, type);
        if (node is YamlMapping mapping && Scalar(mapping, "id") is { } idNode)
        {
            RegisterId(collection, idNode);
        }

        return ReadValue(node, type, string.Empty, null, ambientCite: null);
    }

    public Dossier? ReadDossier(YamlValue node)
    {
        fact = "dossier";
        return ReadValue(node, typeof(Dossier), string.Empty, null, ambientCite: null) as Dossier;
    }

    /// <summary>Reports every reference to an id that its collection does not define.</summary>
    public void ResolveReferences(IReadOnlyDictionary<string, Type> collectionTypes)
    {
        foreach (var reference in references)
        {
            var known = ids.GetValueOrDefault(reference.Collection) ?? [];
            if (known.ContainsKey(reference.Id))
            {
                continue;
            }

            var kind = collectionTypes.TryGetValue(reference.Collection, out var type) ? FactNames.KindOf(type) : reference.Collection;
            var verb = reference.Collection == "sources" ? "cites" : "references";
            var suggestion = EditDistance.Suggest(reference.Id, known.Keys);
            Error(
                FactDiagnosticCodes.UnknownReference,
                $"{reference.Fact} {verb} unknown {kind} '{reference.Id}'{(reference.Field.Length > 0 ? $" (in {reference.Field})" : string.Empty)}"
                    + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"),
                reference.Location);
        }
    }

    /// <summary>
    /// Checks the non-empty quotes read from one source against its text, and sets the line where each was found.
    /// The quotes of a source that is unknown (reported with the references) or unreadable (reported where it is
    /// declared) are never checked.
    /// </summary>
    public void VerifyQuotes(string source, SourceText text)
    {
        quotesBySource ??= quotes.ToLookup(quote => quote.Citation.Source, StringComparer.Ordinal);
        foreach (var (citation, quoteFact, location) in quotesBySource[source])
        {
            var line = text.FindLine(citation.Quote);
            if (line > 0)
            {
                FactTypes.CitationLineProperty.SetValue(citation, line);
                continue;
            }

            var closest = text.ClosestPassage(citation.Quote);
            Error(
                FactDiagnosticCodes.QuoteNotFound,
                $"{quoteFact}: quote not found in source '{citation.Source}': \"{citation.Quote}\""
                    + (closest is { } passage ? $"; closest passage (line {passage.Line}): \"{passage.Text}\"" : "; no passage of the source shares a word with it"),
                location);
        }
    }

    public SourceLocation LocationOf(YamlValue node) => new(file, node.Line, node.Column);

    public void Error(string code, string message, SourceLocation location) => Diagnostics.Add(Diagnostic.Error(code, message, location));

    public static YamlScalar? Scalar(YamlMapping mapping, string key) =>
        mapping.Find(key) is YamlScalar scalar && !IsNull(scalar) ? scalar : null;

    public static bool IsNull(YamlValue node) =>
        node is YamlScalar { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" or "Null" or "NULL" };

    public static string Found(YamlValue node) => node switch
    {
        YamlSequence => "a list",
        YamlMapping => "a mapping",
        _ => "text",
    };

    private static bool IsAlternativesForm(YamlValue node) => node is YamlMapping mapping && mapping.Find(AlternativesKey) is not null;

    private object? ReadValue(
        YamlValue node,
        Type type,
        string field,
        string? referencesCollection,
        IReadOnlyList<Citation>? ambientCite,
        IReadOnlyList<string>? allowed = null,
        List<(int Index, ISourced Alternatives)>? itemAlternatives = null)
    {
        if (type == typeof(string))
        {
            if (!ExpectScalar(node, field, "text", out var text))
            {
                return null;
            }

            if (allowed is not null && !allowed.Contains(text, StringComparer.Ordinal))
            {
                var suggestion = EditDistance.Suggest(text, allowed);
                Error(
                    FactDiagnosticCodes.NotAllowedValue,
                    $"{fact}: {field} is '{text}', which is not one of {string.Join(", ", allowed)}" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"),
                    LocationOf(node));
                return null;
            }

            if (referencesCollection is not null)
            {
                references.Add(new PendingReference(referencesCollection, text, fact, field, LocationOf(node)));
            }

            return text;
        }

        if (type == typeof(bool))
        {
            if (!ExpectScalar(node, field, "true or false", out var text))
            {
                return null;
            }

            if (text is "true" or "false")
            {
                return text == "true";
            }

            Error(FactDiagnosticCodes.WrongType, $"{fact}: {field} must be true or false, not '{text}'", LocationOf(node));
            return null;
        }

        if (type == typeof(EdtfDate))
        {
            if (!ExpectScalar(node, field, "an EDTF date", out var text))
            {
                return null;
            }

            if (EdtfDate.TryParse(text, out var date, out var error))
            {
                return date;
            }

            Error(FactDiagnosticCodes.BadDate, $"{fact}: {field}: {error}", LocationOf(node));
            return null;
        }

        if (FactField.IsList(type, out var itemType))
        {
            return ReadList(node, itemType, field, referencesCollection, ambientCite, allowed, itemAlternatives);
        }

        if (FactField.IsDictionary(type))
        {
            return ReadDictionary(node, field, referencesCollection);
        }

        if (FactField.IsSourced(type, out var valueType))
        {
            return ReadSourced(node, type, valueType, field, referencesCollection, ambientCite);
        }

        if (typeof(FactRecord).IsAssignableFrom(type))
        {
            return ReadRecord(node, type, field, referencesCollection);
        }

        throw new InvalidOperationException($"the facts model uses {type.Name}, which the loader cannot read");
    }

    /// <summary>
    /// Reads a list; when <paramref name="itemAlternatives"/> is given, an item of text, date or id may be written as
    /// alternatives: the list holds its preferred value and the collector its alternatives, by list index.
    /// </summary>
    private object? ReadList(
        YamlValue node,
        Type itemType,
        string field,
        string? referencesCollection,
        IReadOnlyList<Citation>? ambientCite,
        IReadOnlyList<string>? allowed,
        List<(int Index, ISourced Alternatives)>? itemAlternatives)
    {
        if (node is not YamlSequence sequence)
        {
            Error(
                FactDiagnosticCodes.WrongType,
                $"{fact}: {field} must be a list, not {Found(node)}" + (IsAlternativesForm(node) && itemAlternatives is not null ? "; alternatives go on one item of a list, not on the whole list" : string.Empty),
                LocationOf(node));
            return null;
        }

        var items = new List<object>();
        for (var index = 0; index < sequence.Count; index++)
        {
            var child = sequence[index];
            if (itemAlternatives is not null && FactField.IsScalar(itemType) && IsAlternativesForm(child))
            {
                if (ReadAlternatives(child, itemType, $"{field}[{index}]", referencesCollection, allowed) is { } alternatives)
                {
                    itemAlternatives.Add((items.Count, alternatives));
                    items.Add(alternatives.Value!);
                }
            }
            else if (ReadValue(child, itemType, $"{field}[{index}]", referencesCollection, ambientCite, allowed) is { } item)
            {
                items.Add(item);
            }
        }

        return FactTypes.ImmutableArrayOf(itemType, items);
    }

    private Dictionary<string, string>? ReadDictionary(YamlValue node, string field, string? keysReference)
    {
        if (node is not YamlMapping mapping)
        {
            Error(FactDiagnosticCodes.WrongType, $"{fact}: {field} must be a mapping (key: text), not {Found(node)}", LocationOf(node));
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var entry = 0; entry < mapping.Count; entry++)
        {
            var (keyNode, valueNode) = (mapping.KeyAt(entry), mapping.ValueAt(entry));
            if (keyNode is not YamlScalar { Value: var key })
            {
                // A list or mapping as a key (? [a, b]) names nothing; the representation model's reader crashed on it.
                Error(FactDiagnosticCodes.WrongType, $"{fact}: {field} keys must be text, not {Found(keyNode)}", LocationOf(keyNode));
                continue;
            }

            if (keysReference is not null)
            {
                references.Add(new PendingReference(keysReference, key, fact, $"{field}.{key}", LocationOf(keyNode)));
            }

            if (IsAlternativesForm(valueNode))
            {
                Error(FactDiagnosticCodes.BadAlternatives, $"{fact}: {field}.{key} cannot hold alternatives: the values of a mapping like {field} are written plainly", LocationOf(valueNode));
            }
            else if (ExpectScalar(valueNode, $"{field}.{key}", "text", out var value))
            {
                result[key] = value;
            }
        }

        return result;
    }

    /// <summary>A plainly typed field (or list item) written as alternatives, read as the <see cref="Sourced{T}"/> it would be if typed so.</summary>
    private ISourced? ReadAlternatives(YamlValue node, Type valueType, string field, string? referencesCollection, IReadOnlyList<string>? allowed) =>
        ReadSourced(node, FactTypes.Close(typeof(Sourced<>), valueType), valueType, field, referencesCollection, ambientCite: null, allowed) as ISourced;

    private object? ReadSourced(YamlValue node, Type sourcedType, Type valueType, string field, string? referencesCollection, IReadOnlyList<Citation>? ambientCite, IReadOnlyList<string>? allowed = null)
    {
        var alternativeType = FactTypes.Close(typeof(Alternative<>), valueType);
        var location = LocationOf(node);
        List<object> alternatives = [];
        if (node is YamlMapping mapping && mapping.Find(AlternativesKey) is { } list)
        {
            for (var entry = 0; entry < mapping.Count; entry++)
            {
                if (mapping.KeyAt(entry) is YamlScalar key && key.Value != AlternativesKey)
                {
                    Error(FactDiagnosticCodes.UnknownKey, $"{fact}: {field} has unknown key '{key.Value}'; a field with alternatives holds only 'alternatives'", LocationOf(key));
                }
            }

            if (list is not YamlSequence sequence || sequence.Count == 0)
            {
                Error(FactDiagnosticCodes.BadAlternatives, $"{fact}: {field}.alternatives must be a non-empty list of {{ value, cite, preferred?, reason? }}", LocationOf(list));
                return null;
            }

            for (var index = 0; index < sequence.Count; index++)
            {
                var child = sequence[index];
                if (ReadRecord(child, alternativeType, $"{field}.alternatives[{index}]", referencesCollection, allowed) is { } alternative)
                {
                    alternatives.Add(alternative);
                    var preferred = (IAlternative)alternative;
                    if (preferred.Preferred && string.IsNullOrWhiteSpace(preferred.Reason))
                    {
                        Error(FactDiagnosticCodes.BadAlternatives, $"{fact}: {field}.alternatives[{index}] is preferred but gives no reason; add reason: \"…\"", LocationOf(child));
                    }
                    else if (!preferred.Preferred && preferred.Reason is not null)
                    {
                        Error(FactDiagnosticCodes.BadAlternatives, $"{fact}: {field}.alternatives[{index}] gives a reason but is not preferred; add preferred: true or drop the reason", LocationOf(child));
                    }
                }
            }

            if (alternatives.Count(a => ((IAlternative)a).Preferred) > 1)
            {
                Error(FactDiagnosticCodes.BadAlternatives, $"{fact}: {field} has more than one preferred alternative; prefer at most one", location);
            }
        }
        else if (node is YamlMapping)
        {
            Error(FactDiagnosticCodes.WrongType, $"{fact}: {field} must be a value or {{ alternatives: [...] }}, not a mapping without 'alternatives'", location);
            return null;
        }
        else
        {
            if (ReadValue(node, valueType, field, referencesCollection, null, allowed) is not { } value)
            {
                return null;
            }

            var single = FactField.ConstructorOf(alternativeType).Invoke([value, ambientCite ?? ImmutableArray<Citation>.Empty, false, null]);
            FactTypes.LocationProperty.SetValue(single, location);
            alternatives.Add(single);
        }

        if (alternatives.Count == 0)
        {
            return null;
        }

        var typedList = FactTypes.ImmutableArrayOf(alternativeType, alternatives);
        return FactField.ConstructorOf(sourcedType).Invoke([typedList, location]);
    }

    /// <summary>
    /// Reads a record. <paramref name="inheritedReference"/> and <paramref name="inheritedAllowed"/> are the rules of
    /// the field an <see cref="Alternative{T}"/> stands for, applied to its <c>value</c>.
    /// </summary>
    private object? ReadRecord(YamlValue node, Type type, string field, string? inheritedReference, IReadOnlyList<string>? inheritedAllowed = null)
    {
        var here = field.Length == 0 ? fact : $"{fact}: {field}";
        if (node is not YamlMapping mapping)
        {
            Error(FactDiagnosticCodes.WrongType, $"{here} must be a mapping of keys, not {Found(node)}", LocationOf(node));
            return null;
        }

        var fields = FactField.Of(type);
        var keys = fields.Select(f => f.Key).ToArray();
        for (var entry = 0; entry < mapping.Count; entry++)
        {
            var keyNode = mapping.KeyAt(entry);
            // A list or mapping as a key (? [a, b]) is read as the empty key, unknown.
            var key = (keyNode as YamlScalar)?.Value ?? string.Empty;
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                var suggestion = EditDistance.Suggest(key, keys);
                Error(
                    FactDiagnosticCodes.UnknownKey,
                    $"{here} has unknown key '{key}'" + (suggestion is null ? $"; expected one of {string.Join(", ", keys)}" : $"; did you mean '{suggestion}'?"),
                    LocationOf(keyNode));
            }
        }

        // The fact's own citations come first: a plainly written sourced field is supported by them.
        IReadOnlyList<Citation>? cite = null;
        var values = new object?[fields.Count];
        var complete = true;
        List<(string Property, int Index, ISourced Alternatives)>? written = null;
        foreach (var index in Enumerable.Range(0, fields.Count).OrderBy(i => fields[i].Key == "cite" ? 0 : 1))
        {
            var spec = fields[index];
            var path = field.Length == 0 ? spec.Key : $"{field}.{spec.Key}";
            var reference = spec.References ?? (spec.Key == "value" ? inheritedReference : null);
            var allowed = spec.AllowedValues ?? (spec.Key == "value" ? inheritedAllowed : null);
            if (mapping.Find(spec.Key) is not { } valueNode || IsNull(valueNode))
            {
                if (spec.IsRequired)
                {
                    Error(FactDiagnosticCodes.MissingKey, $"{here} is missing required key '{spec.Key}'", LocationOf(mapping));
                    complete = false;
                }

                values[index] = DefaultFor(spec);
                continue;
            }

            object? value;
            if (IsAlternativesForm(valueNode) && FactField.IsScalar(spec.Type) && !FactField.IsSourced(spec.Type, out _))
            {
                // Refused alternatives are still read, so one mistake does not hide the rest of the record.
                if (!spec.AcceptsAlternatives)
                {
                    Error(FactDiagnosticCodes.BadAlternatives, $"{fact}: {path} cannot hold alternatives: {spec.WhyNoAlternatives}", LocationOf(valueNode));
                }

                var alternatives = ReadAlternatives(valueNode, spec.Type, path, reference, allowed);
                if (alternatives is not null && spec.AcceptsAlternatives)
                {
                    (written ??= []).Add((spec.Property.Name, FieldAlternatives.WholeField, alternatives));
                }

                value = alternatives?.Value;
            }
            else
            {
                var items = spec.AcceptsAlternatives && FactField.IsList(spec.Type, out _) ? new List<(int Index, ISourced Alternatives)>() : null;
                value = ReadValue(valueNode, spec.Type, path, reference, cite, allowed, items);
                if (value is ISourced sourced && IsAlternativesForm(valueNode))
                {
                    (written ??= []).Add((spec.Property.Name, FieldAlternatives.WholeField, sourced));
                }

                foreach (var (item, alternatives) in items ?? [])
                {
                    (written ??= []).Add((spec.Property.Name, item, alternatives));
                }
            }

            if (value is null)
            {
                complete = false;
                continue;
            }

            if (spec.NonEmpty && value is System.Collections.ICollection { Count: 0 })
            {
                Error(FactDiagnosticCodes.EmptyList, $"{here}: {spec.Key} must list at least one item", LocationOf(valueNode));
            }

            if (spec.Key == "id" && value is string id && !FactNames.IsKebabCaseId(id))
            {
                Error(FactDiagnosticCodes.BadId, $"{here}: id '{id}' must be lowercase kebab-case (letters, digits and single hyphens, starting with a letter)", LocationOf(valueNode));
            }

            values[index] = value;
            if (spec.Key == "cite")
            {
                cite = (IReadOnlyList<Citation>)value;
            }
        }

        if (!complete)
        {
            return null;
        }

        var record = FactField.ConstructorOf(type).Invoke(values);
        FactTypes.LocationProperty.SetValue(record, LocationOf(mapping));
        foreach (var (property, index, alternatives) in written ?? [])
        {
            FieldAlternatives.Add((FactRecord)record, property, index, alternatives);
        }

        if (record is Citation citation)
        {
            NoteQuote(citation, mapping);
        }

        return record;
    }

    private static object? DefaultFor(FactField spec)
    {
        if (spec.Parameter.HasDefaultValue)
        {
            return spec.Parameter.DefaultValue;
        }

        if (FactField.IsList(spec.Type, out var itemType))
        {
            return FactTypes.EmptyArrayOf(itemType);
        }

        return FactField.IsDictionary(spec.Type) ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
    }

    /// <summary>Refuses an empty quote now; keeps the others for <see cref="VerifyQuotes"/>.</summary>
    private void NoteQuote(Citation citation, YamlMapping mapping)
    {
        var quoteNode = mapping.Find("quote")!;
        if (string.IsNullOrWhiteSpace(citation.Quote))
        {
            Error(FactDiagnosticCodes.QuoteNotFound, $"{fact}: the quote from source '{citation.Source}' is empty", LocationOf(quoteNode));
            return;
        }

        quotes.Add(new PendingQuote(citation, fact, LocationOf(quoteNode)));
    }

    private bool ExpectScalar(YamlValue node, string field, string expected, out string text)
    {
        if (node is YamlScalar { Value: var value })
        {
            text = value;
            return true;
        }

        text = string.Empty;
        Error(FactDiagnosticCodes.WrongType, $"{fact}: {field} must be {expected}, not {Found(node)}", LocationOf(node));
        return false;
    }

    private void RegisterId(string collection, YamlScalar idNode)
    {
        var id = idNode.Value;
        if (!ids.TryGetValue(collection, out var known))
        {
            ids[collection] = known = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        }

        if (known.TryGetValue(id, out var first))
        {
            Error(FactDiagnosticCodes.DuplicateId, $"duplicate id '{id}' in {collection} (first defined at {first})", LocationOf(idNode));
            return;
        }

        known[id] = LocationOf(idNode);
    }

    private static string DescribeNode(YamlValue node, Type type)
    {
        var kind = FactNames.KindOf(type);
        if (node is not YamlMapping mapping)
        {
            return kind;
        }

        return FactNames.Describe(kind, Scalar(mapping, "id")?.Value, Scalar(mapping, "topic")?.Value, Scalar(mapping, "party")?.Value);
    }

    private sealed record PendingReference(string Collection, string Id, string Fact, string Field, SourceLocation Location);

    private sealed record PendingQuote(Citation Citation, string Fact, SourceLocation Location);
}
