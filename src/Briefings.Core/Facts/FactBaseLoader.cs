using System.Reflection;
using System.Text;
using Briefings.Core.Diagnostics;
using Briefings.Core.Yaml;
using YamlDotNet.Core;

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

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static FactLoadResult Load(string factsPath)
    {
        ArgumentNullException.ThrowIfNull(factsPath);

        // Parsed as it is read: the text of a large dossier is never held as one string.
        return Read(() => new StreamReader(factsPath, StrictUtf8, detectEncodingFromByteOrderMarks: true), factsPath, () => File.ReadAllText(factsPath, StrictUtf8));
    }

    /// <summary>Checks facts given as text; <paramref name="factsPath"/> names them in messages and locates the sources.</summary>
    public static FactLoadResult Parse(string yaml, string factsPath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(factsPath);
        return Read(() => new StringReader(yaml), factsPath, () => yaml);
    }

    /// <summary>
    /// Reads the facts with the line-by-line parser of the YAML they are written in and, when the text goes beyond it
    /// or anything fails, from the start again with YamlDotNet's, whose reading (and errors) are the reference.
    /// </summary>
    /// <param name="open">Opens the text, once per reading.</param>
    /// <param name="text">The whole text again, wanted only to locate an error YamlDotNet gave no position for.</param>
    private static FactLoadResult Read(Func<TextReader> open, string factsPath, Func<string> text)
    {
        var reader = new FactReader(factsPath);
        var topLevel = new TopLevelReader(reader);
        YamlDocumentRoot? root = null;
        try
        {
            using var input = open();
            root = new YamlEventReader(new SubsetYamlParser(input)).Read(topLevel);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Not read as the subset (beyond it, malformed, undecodable, unreadable): YamlDotNet reads it from the
            // start, with a fresh reader for what the subset's reading reported, and says what is wrong.
        }

        if (root is not null)
        {
            return Checked(root, reader, topLevel, factsPath);
        }

        TextReader again;
        try
        {
            again = open();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Unreadable(factsPath, exception);
        }

        using (again)
        {
            return Read(again, factsPath, text);
        }
    }

    /// <param name="text">The whole text again, wanted only to locate an error YamlDotNet gave no position for.</param>
    private static FactLoadResult Read(TextReader input, string factsPath, Func<string> text)
    {
        var reader = new FactReader(factsPath);
        var topLevel = new TopLevelReader(reader);
        YamlDocumentRoot? root;
        try
        {
            root = new YamlEventReader(input).Read(topLevel);
        }
        catch (Exception exception) when (exception is YamlException or PositionlessYamlException)
        {
            // The whole file is checked to be UTF-8 before its YAML is judged, as when it was read before parsing.
            if (Undecodable(input) is { } undecodable)
            {
                return Unreadable(factsPath, undecodable);
            }

            return exception switch
            {
                YamlStoppedException stopped => SyntaxError(factsPath, "the YAML parser stopped after this point (an unclosed '{', '[' or quote?)", stopped.Start),
                PositionlessYamlException positionless => SyntaxError(factsPath, SafeYaml.Locate(text(), positionless)),
                _ => SyntaxError(factsPath, (YamlException)exception),
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return Unreadable(factsPath, exception);
        }

        return Checked(root, reader, topLevel, factsPath);
    }

    /// <summary>Checks what was read: the root, the sources and their quotes, the references; builds the fact base.</summary>
    private static FactLoadResult Checked(YamlDocumentRoot? root, FactReader reader, TopLevelReader topLevel, string factsPath)
    {
        if (root is not { IsMapping: true } mapping)
        {
            return new FactLoadResult(null, [Diagnostic.Error(FactDiagnosticCodes.WrongType, "the facts must be a YAML mapping with the keys " + string.Join(", ", TopLevelKeys), new SourceLocation(factsPath, 1, 1))]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(factsPath)) ?? ".";

        // Each source is read, its quotes checked, and let go of before the next: prepared for the search, a source
        // takes about 14 bytes a character, and all of them held together were a third of what the first collection
        // of a 10,010-event build copied (40 -> 27 MB), and 110 MB of the 100,010-event dossier's peak. Where sources
        // share an id (reported with the references), the quotes are checked against the last of them that could be
        // read, as a look-up by id would have found it.
        var sources = topLevel.Sources.ToList();
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < sources.Count; index++)
        {
            last[sources[index].Id] = index;
        }

        var earlier = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        for (var index = 0; index < sources.Count; index++)
        {
            var source = sources[index];
            var text = ReadSource(source, directory, topLevel.FileLocationOf(source), reader);
            if (last[source.Id] != index)
            {
                if (text is not null)
                {
                    earlier[source.Id] = text;
                }
            }
            else if ((text ?? earlier.GetValueOrDefault(source.Id)) is { } found)
            {
                reader.VerifyQuotes(source.Id, found);
            }
        }

        var values = topLevel.Values(new SourceLocation(factsPath, mapping.Line, mapping.Column));
        reader.ResolveReferences(TopLevelReader.ItemTypes);
        var facts = values is null ? null : (FactBase)WithAlternatives.Invoke([.. values, reader.FieldAlternatives]);
        return new FactLoadResult(facts, Order(reader.Diagnostics));
    }

    /// <summary>The decoding failure in the rest of <paramref name="input"/>, if any.</summary>
    private static DecoderFallbackException? Undecodable(TextReader input)
    {
        try
        {
            while (input.Read() >= 0)
            {
            }

            return null;
        }
        catch (DecoderFallbackException exception)
        {
            return exception;
        }
    }

    private static FactLoadResult Unreadable(string factsPath, Exception exception) =>
        new(null, [Diagnostic.Error(FactDiagnosticCodes.Unreadable, $"cannot read the facts: {exception.Message}", new SourceLocation(factsPath, 0, 0))]);

    private static FactLoadResult SyntaxError(string factsPath, YamlException exception) =>
        SyntaxError(factsPath, exception.InnerException is { } inner && exception.Message.Contains("See inner", StringComparison.Ordinal) ? inner.Message : exception.Message, exception.Start);

    private static FactLoadResult SyntaxError(string factsPath, string message, Mark at) =>
        new(null, [Diagnostic.Error(FactDiagnosticCodes.YamlSyntax, $"the facts are not valid YAML: {message}", new SourceLocation(factsPath, (int)at.Line, (int)at.Column))]);

    private static SourceText? ReadSource(Source source, string directory, SourceLocation location, FactReader reader)
    {
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
            var text = StrictUtf8.GetString(bytes);
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

    private static List<Diagnostic> Order(List<Diagnostic> diagnostics) =>
        [.. diagnostics
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(pair => pair.diagnostic.Location?.Line ?? 0)
            .ThenBy(pair => pair.diagnostic.Location?.Column ?? 0)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.diagnostic)];
}
