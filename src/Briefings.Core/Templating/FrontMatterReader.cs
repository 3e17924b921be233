using System.Globalization;
using Briefings.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Briefings.Core.Templating;

/// <summary>Typed reads from a template's YAML front matter that record an error, with location, instead of throwing.</summary>
internal sealed class FrontMatterReader(string path, List<Diagnostic> diagnostics)
{
    public string Text(YamlMappingNode? map, string key, bool required)
    {
        switch (Find(map, key))
        {
            case YamlScalarNode { Value: { } value }:
                return value;
            case null when required && map is not null:
                diagnostics.Add(TemplateParser.Located("BRF-TPL-005", $"missing front matter key '{key}'", path, map.Start));
                return string.Empty;
            case null:
                return string.Empty;
            case var other:
                diagnostics.Add(TemplateParser.Located("BRF-TPL-005", $"'{key}' must be a text", path, other.Start));
                return string.Empty;
        }
    }

    public int? Integer(YamlMappingNode? map, string key)
    {
        var node = Find(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        diagnostics.Add(TemplateParser.Located("BRF-TPL-005", $"'{key}' must be a positive whole number", path, node.Start));
        return null;
    }

    public bool Flag(YamlMappingNode? map, string key)
    {
        var node = Find(map, key);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        diagnostics.Add(TemplateParser.Located("BRF-TPL-005", $"'{key}' must be true or false", path, node.Start));
        return false;
    }

    public IReadOnlyList<string>? List(YamlMappingNode? map, string key)
    {
        var node = Find(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence && sequence.Children.All(child => child is YamlScalarNode))
        {
            return sequence.Children.Cast<YamlScalarNode>().Select(child => child.Value ?? string.Empty).ToArray();
        }

        diagnostics.Add(TemplateParser.Located("BRF-TPL-005", $"'{key}' must be a list of texts", path, node.Start));
        return null;
    }

    public YamlMappingNode? Map(YamlMappingNode? map, string key)
    {
        var node = Find(map, key);
        if (node is null or YamlMappingNode)
        {
            return (YamlMappingNode?)node;
        }

        diagnostics.Add(TemplateParser.Located("BRF-TPL-005", $"'{key}' must be a mapping", path, node.Start));
        return null;
    }

    public void Error(YamlMappingNode? map, string key, string message)
    {
        var mark = Find(map, key)?.Start ?? map?.Start;
        diagnostics.Add(mark is { } start
            ? TemplateParser.Located("BRF-TPL-005", message, path, start)
            : Diagnostic.Error("BRF-TPL-005", message, new SourceLocation(path, 1, 1)));
    }

    private static YamlNode? Find(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}
