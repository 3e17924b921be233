using System.Text.RegularExpressions;
using Briefings.Core.Build;
using Briefings.Core.Diagnostics;
using Briefings.Core.Yaml;
using Scriban;
using Scriban.Parsing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Core.Templating;

/// <summary>
/// Parses a template file: a YAML front matter between <c>---</c> lines, then a Scriban body. Scriban's
/// own front matter is Scriban script, not YAML, so the header is split here. Every problem is reported
/// with template:line:column, all at once.
/// </summary>
public static partial class TemplateParser
{
    private static readonly HashSet<string> KnownKeys =
        ["id", "title", "description", "formats", "page_budget", "for_each", "output", "document", "parameters"];

    private static readonly HashSet<string> KnownFormats = ["pdf", "docx", "md"];

    public static TemplateDefinition Parse(string text, string path)
    {
        var diagnostics = new List<Diagnostic>();
        var (header, body, bodyLine) = Split(text, path, diagnostics);
        var root = header is null ? null : LoadYaml(header, path, diagnostics);
        var reader = new FrontMatterReader(path, diagnostics);

        var id = reader.Text(root, "id", required: true);
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            reader.Error(root, "id", $"template id '{id}' must be lowercase letters, digits and dashes");
        }

        var expectedId = System.IO.Path.GetFileNameWithoutExtension(path);
        if (id.Length > 0 && id != expectedId)
        {
            reader.Error(root, "id", $"template id '{id}' must match its file name '{expectedId}'");
        }

        var formats = reader.List(root, "formats") ?? ["pdf", "docx"];
        foreach (var format in formats.Where(format => !KnownFormats.Contains(format)))
        {
            reader.Error(root, "formats", $"unknown format '{format}': use pdf, docx or md");
        }

        var pageBudget = reader.Integer(root, "page_budget");
        var forEach = reader.Text(root, "for_each", required: false);
        var output = reader.Text(root, "output", required: false);
        if (forEach.Length > 0 && output.Length == 0)
        {
            reader.Error(root, "for_each", "a fan-out template needs 'output', e.g. output: \"{{ item.id }}\"");
        }

        var document = reader.Map(root, "document");
        var documentTitle = reader.Text(document, "title", required: true);
        var documentSubtitle = reader.Text(document, "subtitle", required: false);
        var toc = reader.Flag(document, "toc");

        var parameters = new Dictionary<string, TemplateParameter>(StringComparer.Ordinal);
        if (reader.Map(root, "parameters") is { } parameterMap)
        {
            foreach (var (keyNode, valueNode) in parameterMap.Children)
            {
                var name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
                var map = valueNode as YamlMappingNode;
                if (map is null)
                {
                    diagnostics.Add(Located("BRF-TPL-006", $"parameter '{name}' must be a mapping with default and description", path, valueNode.Start));
                    continue;
                }

                parameters[name] = new TemplateParameter(
                    name,
                    reader.Text(map, "default", required: true),
                    reader.Text(map, "description", required: true),
                    reader.List(map, "allowed") ?? []);
            }
        }

        if (root is not null)
        {
            foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(key => !KnownKeys.Contains(key.Value!)))
            {
                diagnostics.Add(Located("BRF-TPL-007", $"unknown front matter key '{key.Value}' (known: {string.Join(", ", KnownKeys.Order())})", path, key.Start));
            }
        }

        var lineOffset = bodyLine - 1;
        var parsedBody = ParseScriban(body, path, lineOffset, diagnostics);
        var titleTemplate = ParseScriban(documentTitle, path + " (document.title)", 0, diagnostics);
        var subtitleTemplate = documentSubtitle.Length > 0 ? ParseScriban(documentSubtitle, path + " (document.subtitle)", 0, diagnostics) : null;
        var outputTemplate = output.Length > 0 ? ParseScriban(output, path + " (output)", 0, diagnostics) : null;

        if (diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            throw new BriefingsException(diagnostics);
        }

        return new TemplateDefinition
        {
            Id = id,
            Title = reader.Text(root, "title", required: true),
            Description = reader.Text(root, "description", required: true),
            Formats = formats,
            PageBudget = pageBudget,
            ForEach = forEach.Length > 0 ? forEach : null,
            OutputName = outputTemplate,
            Document = new DocumentTemplate(titleTemplate, subtitleTemplate, toc),
            Parameters = parameters,
            Path = path,
            Body = parsedBody,
            BodyLineOffset = lineOffset,
            Hash = BuildInputs.Sha256(text),
        };
    }

    /// <summary>Parses Scriban text; parse errors become diagnostics located in the template file.</summary>
    internal static Template ParseScriban(string text, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        var template = Template.Parse(text, path);
        foreach (var message in template.Messages)
        {
            var start = message.Span.Start;
            var severity = message.Type == ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            diagnostics.Add(new Diagnostic(
                severity,
                "BRF-TPL-010",
                message.Message,
                new SourceLocation(path, start.Line + 1 + lineOffset, start.Column + 1)));
        }

        return template;
    }

    private static (string? Header, string Body, int BodyLine) Split(string text, string path, List<Diagnostic> diagnostics)
    {
        var normalised = text.ReplaceLineEndings("\n");
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error("BRF-TPL-001", "a template must start with a YAML front matter between '---' lines", new SourceLocation(path, 1, 1)));
            return (null, normalised, 1);
        }

        var end = normalised.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            diagnostics.Add(Diagnostic.Error("BRF-TPL-002", "the front matter is not closed by a '---' line", new SourceLocation(path, 1, 1)));
            return (null, string.Empty, 1);
        }

        var header = normalised[4..(end + 1)];
        var body = normalised[(end + 5)..];
        var bodyLine = normalised[..(end + 5)].Count(c => c == '\n') + 1;
        return ("\n" + header, body, bodyLine);
    }

    private static YamlMappingNode? LoadYaml(string header, string path, List<Diagnostic> diagnostics)
    {
        try
        {
            var stream = SafeYaml.Load(header);
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                return map;
            }

            diagnostics.Add(Diagnostic.Error("BRF-TPL-003", "the front matter must be a YAML mapping", new SourceLocation(path, 2, 1)));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(Located("BRF-TPL-004", $"the front matter is not valid YAML: {exception.Message}", path, exception.Start));
        }

        return null;
    }

    // The header is loaded with one leading newline so that YAML line numbers equal file line numbers.
    internal static Diagnostic Located(string code, string message, string path, Mark mark) =>
        Diagnostic.Error(code, message, new SourceLocation(path, (int)mark.Line, (int)mark.Column));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
