using Briefings.Core.Yaml;
using System.Globalization;
using Briefings.Core.Diagnostics;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Core.Rendering;

/// <summary>
/// Reads a briefing's metadata from the YAML front matter of its Markdown, so a Markdown file written
/// with <c>--format md</c> renders to the same PDF and DOCX on its own.
/// </summary>
public static class DocumentInfoReader
{
    private static readonly HashSet<string> KnownKeys =
        ["title", "subtitle", "dossier", "as_of", "date", "classification", "author", "subject", "keywords", "toc", "language"];

    public static DocumentInfo Read(MarkdownDocument syntax, string markdown, string name)
    {
        var block = syntax.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-MD-001", "the Markdown has no front matter: it needs at least a title", new SourceLocation(name, 1, 1)));
        }

        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(line => line.ToString()));
        YamlMappingNode root;
        try
        {
            // The block starts after the opening '---', so line numbers are shifted by one.
            var stream = SafeYaml.Load("\n" + yaml);
            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map
                ? map
                : throw new BriefingsException(Diagnostic.Error("BRF-MD-002", "the front matter must be a YAML mapping", new SourceLocation(name, 2, 1)));
        }
        catch (YamlException exception)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-MD-003", $"the front matter is not valid YAML: {exception.Message}", new SourceLocation(name, (int)exception.Start.Line, (int)exception.Start.Column)));
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(key => !KnownKeys.Contains(key.Value!)))
        {
            diagnostics.Add(Diagnostic.Error("BRF-MD-004", $"unknown front matter key '{key.Value}'", new SourceLocation(name, (int)key.Start.Line, (int)key.Start.Column)));
        }

        string? Text(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

        var title = Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Add(Diagnostic.Error("BRF-MD-005", "the front matter needs a title", new SourceLocation(name, 2, 1)));
        }

        var date = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        if (Text("date") is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error("BRF-MD-006", $"date '{dateText}' must be written yyyy-mm-dd", new SourceLocation(name, 2, 1)));
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new BriefingsException(diagnostics);
        }

        // Keywords as a YAML list, or as one comma-separated text the way a person might write them.
        var keywords = root.Children.TryGetValue(new YamlScalarNode("keywords"), out var keywordNode)
            ? keywordNode switch
            {
                YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(keyword => keyword.Value ?? string.Empty).ToArray(),
                YamlScalarNode { Value: { } text } => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                _ => [],
            }
            : [];

        return new DocumentInfo
        {
            Title = title!,
            Subtitle = Text("subtitle"),
            Dossier = Text("dossier"),
            AsOf = Text("as_of"),
            Date = date,
            Classification = Text("classification") ?? "UNCLASSIFIED",
            Author = Text("author") ?? "Briefings",
            Subject = Text("subject"),
            Keywords = keywords,
            Language = Text("language") ?? "en",
            TableOfContents = Text("toc") == "true",
        };
    }
}
