using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Briefings.Core.Diagnostics;
using Briefings.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Core.Facts;

/// <summary>
/// Loads <c>facts.yaml</c> into a <see cref="FactBase"/> and checks it: YAML syntax, keys and types against the
/// model, required keys, ids (kebab-case, unique), references between collections, EDTF dates, source files
/// (present, UTF-8) and every quote against its source. All problems are collected, each with file:line:column.
/// Source files are resolved relative to the facts file's folder.
/// </summary>
public static class FactBaseLoader
{
    /// <summary>The top-level keys, in the order the facts are written and read.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } = [.. FactField.Of(typeof(FactBase)).Select(f => f.Key)];

    /// <summary>The fact base's constructor that also takes the alternatives written for plainly typed fields.</summary>
    private static readonly ConstructorInfo WithAlternatives = typeof(FactBase).GetConstructor(
        BindingFlags.NonPublic | BindingFlags.Instance,
        [.. FactField.ConstructorOf(typeof(FactBase)).GetParameters().Select(p => p.ParameterType), typeof(FieldAlternatives)])
        ?? throw new InvalidOperationException("FactBase has no internal constructor taking FieldAlternatives");

    public static FactLoadResult Load(string factsPath)
    {
        ArgumentNullException.ThrowIfNull(factsPath);
        string yaml;
        try
        {
            yaml = File.ReadAllText(factsPath, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return new FactLoadResult(null, [Diagnostic.Error(FactDiagnosticCodes.Unreadable, $"cannot read the facts: {exception.Message}", new SourceLocation(factsPath, 0, 0))]);
        }

        return Parse(yaml, factsPath);
    }

    /// <summary>Checks facts given as text; <paramref name="factsPath"/> names them in messages and locates the sources.</summary>
    public static FactLoadResult Parse(string yaml, string factsPath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(factsPath);
        YamlStream stream;
        try
        {
            // SafeYaml turns YamlDotNet's position-less failures (a malformed tag) into located errors.
            stream = SafeYaml.Load(yaml);
        }
        catch (YamlException exception)
        {
            var message = exception.InnerException is { } inner && exception.Message.Contains("See inner", StringComparison.Ordinal) ? inner.Message : exception.Message;
            return new FactLoadResult(null, [Diagnostic.Error(FactDiagnosticCodes.YamlSyntax, $"the facts are not valid YAML: {message}", new SourceLocation(factsPath, (int)exception.Start.Line, (int)exception.Start.Column))]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections; the last event it
            // parsed still tells the user where to look.
            var (line, column) = LastParsablePosition(yaml);
            return new FactLoadResult(null, [Diagnostic.Error(FactDiagnosticCodes.YamlSyntax, "the facts are not valid YAML: the YAML parser stopped after this point (an unclosed '{', '[' or quote?)", new SourceLocation(factsPath, line, column))]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new FactLoadResult(null, [Diagnostic.Error(FactDiagnosticCodes.WrongType, "the facts must be a YAML mapping with the keys " + string.Join(", ", TopLevelKeys), new SourceLocation(factsPath, 1, 1))]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(factsPath)) ?? ".";
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var reader = new FactReader(factsPath, id => texts.GetValueOrDefault(id));
        var fields = FactField.Of(typeof(FactBase));
        var collectionTypes = fields
            .Where(f => FactField.IsList(f.Type, out _))
            .ToDictionary(f => f.Key, f => { FactField.IsList(f.Type, out var item); return item; }, StringComparer.Ordinal);

        foreach (var keyNode in root.Children.Keys)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!TopLevelKeys.Contains(key, StringComparer.Ordinal))
            {
                var suggestion = EditDistance.Suggest(key, TopLevelKeys);
                reader.Error(
                    FactDiagnosticCodes.UnknownKey,
                    $"unknown top-level key '{key}'" + (suggestion is null ? $"; expected one of {string.Join(", ", TopLevelKeys)}" : $"; did you mean '{suggestion}'?"),
                    reader.LocationOf(keyNode));
            }
        }

        // Sources first: quotes are verified as the citations are read.
        var values = new object?[fields.Count];
        var sourcesIndex = fields.ToList().FindIndex(f => f.Key == "sources");
        values[sourcesIndex] = ReadCollection(root, fields[sourcesIndex], reader, collectionTypes["sources"]);
        foreach (var source in (IReadOnlyList<Source>)values[sourcesIndex]!)
        {
            if (ReadSource(source, directory, root, reader) is { } text)
            {
                texts[source.Id] = text;
            }
        }

        for (var index = 0; index < fields.Count; index++)
        {
            var field = fields[index];
            if (index == sourcesIndex)
            {
                continue;
            }

            if (field.Type == typeof(Dossier))
            {
                if (!root.Children.TryGetValue(new YamlScalarNode(field.Key), out var dossierNode) || FactReader.IsNull(dossierNode))
                {
                    reader.Error(FactDiagnosticCodes.MissingKey, $"the facts are missing required key '{field.Key}'", reader.LocationOf(root));
                    continue;
                }

                values[index] = reader.ReadDossier(dossierNode);
                continue;
            }

            values[index] = ReadCollection(root, field, reader, collectionTypes[field.Key]);
        }

        reader.ResolveReferences(collectionTypes);
        var facts = values[0] is Dossier ? (FactBase)WithAlternatives.Invoke([.. values, reader.FieldAlternatives]) : null;
        return new FactLoadResult(facts, Order(reader.Diagnostics));
    }

    private static object ReadCollection(YamlMappingNode root, FactField field, FactReader reader, Type itemType)
    {
        var items = new List<object>();
        if (root.Children.TryGetValue(new YamlScalarNode(field.Key), out var node) && !FactReader.IsNull(node))
        {
            if (node is YamlSequenceNode sequence)
            {
                foreach (var child in sequence.Children)
                {
                    if (reader.ReadFact(child, itemType, field.Key) is { } item)
                    {
                        items.Add(item);
                    }
                }
            }
            else
            {
                reader.Error(FactDiagnosticCodes.WrongType, $"{field.Key} must be a list, not {FactReader.Found(node)}", reader.LocationOf(node));
            }
        }

        return FactTypes.ImmutableArrayOf(itemType, items);
    }

    private static SourceText? ReadSource(Source source, string directory, YamlMappingNode root, FactReader reader)
    {
        var location = FileLocation(source, root, reader);
        var path = Path.GetFullPath(Path.Combine(directory, source.File));

        // Sources live beside facts.yaml, like includes in the templates folder: a path that leaves the folder
        // (absolute, "..") could make any file on the machine quotable, and show it as a "closest passage".
        var folder = directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(source.File) || !path.StartsWith(folder, StringComparison.Ordinal))
        {
            reader.Error(FactDiagnosticCodes.SourceMissing, $"source '{source.Id}': file '{source.File}' is outside the seeds folder; give a path relative to it, without '..'", location);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            reader.Error(FactDiagnosticCodes.SourceMissing, $"source '{source.Id}': file '{source.File}' not found (looked for {path})", location);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reader.Error(FactDiagnosticCodes.SourceMissing, $"source '{source.Id}': file '{source.File}' cannot be read: {exception.Message}", location);
            return null;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return new SourceText(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = Math.Max(0, exception.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            var bad = exception.BytesUnknown is { Length: > 0 } unknown ? $"0x{unknown[0]:X2}" : "an invalid byte";
            reader.Error(FactDiagnosticCodes.SourceNotUtf8, $"source '{source.Id}': file '{source.File}' is not UTF-8 ({bad} at byte {offset}, line {line}); convert it to UTF-8", location);
            return null;
        }
    }

    /// <summary>Where the source's <c>file</c> is written, so a missing file is reported on that line.</summary>
    private static SourceLocation FileLocation(Source source, YamlMappingNode root, FactReader reader)
    {
        if (root.Children.TryGetValue(new YamlScalarNode("sources"), out var node) && node is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children.OfType<YamlMappingNode>())
            {
                if (FactReader.Scalar(item, "id")?.Value == source.Id && FactReader.Scalar(item, "file") is { } file)
                {
                    return reader.LocationOf(file);
                }
            }
        }

        return source.Location;
    }

    private static (int Line, int Column) LastParsablePosition(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var position = (Line: 1, Column: 1);
        try
        {
            while (parser.MoveNext())
            {
                position = ((int)parser.Current!.End.Line, (int)parser.Current.End.Column);
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            return position;
        }

        return position;
    }

    private static List<Diagnostic> Order(List<Diagnostic> diagnostics) =>
        [.. diagnostics
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(pair => pair.diagnostic.Location?.Line ?? 0)
            .ThenBy(pair => pair.diagnostic.Location?.Column ?? 0)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.diagnostic)];
}
