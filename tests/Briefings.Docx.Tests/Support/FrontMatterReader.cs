using System.Globalization;
using Briefings.Core.Rendering;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace Briefings.Docx.Tests.Support;

/// <summary>
/// Reads the sample's YAML front matter into <see cref="DocumentInfo"/> for these tests; the pipeline's own
/// front-matter reader lives in Core.
/// </summary>
public static class FrontMatterReader
{
    public static DocumentInfo Read(MarkdownDocument document)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new InvalidOperationException("the sample has no front matter");
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(line => line.ToString()));
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string? Text(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

        return new DocumentInfo
        {
            Title = Text("title") ?? throw new InvalidOperationException("the sample has no title"),
            Subtitle = Text("subtitle"),
            Dossier = Text("dossier"),
            AsOf = Text("as_of"),
            Classification = Text("classification") ?? "UNCLASSIFIED",
            Author = Text("author") ?? "Briefings",
            Subject = Text("subject"),
            Keywords = (Text("keywords") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Date = Text("date") is { } date ? DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : new DateTimeOffset(2025, 4, 8, 0, 0, 0, TimeSpan.Zero),
            TableOfContents = Text("toc") == "true",
        };
    }
}
