using System.Globalization;
using Briefings.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Core.Themes;

/// <summary>
/// Reads <c>templates/theme.yaml</c>. Every key is required, so a theme states its whole look; font paths
/// are relative to the theme file. All problems are reported together, each with file:line:column.
/// </summary>
public static class ThemeLoader
{
    private static readonly Dictionary<string, (double Width, double Height)> PaperSizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A4"] = (595.28, 841.89),
        ["Letter"] = (612, 792),
    };

    public static Theme Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-THEME-001", $"cannot read the theme: {exception.Message}", new SourceLocation(path, 0, 0)));
        }

        return Parse(text, path);
    }

    public static Theme Parse(string yaml, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            throw new BriefingsException(Diagnostic.Error(
                "BRF-THEME-002",
                $"the theme is not valid YAML: {exception.Message}",
                new SourceLocation(path, (int)exception.Start.Line, (int)exception.Start.Column)));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-THEME-003", "the theme must be a YAML mapping", new SourceLocation(path, 1, 1)));
        }

        var reader = new Reader(path);
        var theme = reader.ReadTheme(root);
        if (reader.Diagnostics.Count > 0)
        {
            throw new BriefingsException(reader.Diagnostics);
        }

        return theme;
    }

    private sealed class Reader(string path)
    {
        private readonly string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

        public List<Diagnostic> Diagnostics { get; } = [];

        public Theme ReadTheme(YamlMappingNode root)
        {
            var page = Map(root, "page");
            var margins = Map(page, "margins");
            var size = Text(page, "size");
            if (!PaperSizes.TryGetValue(size, out var paper))
            {
                Error(page, $"unknown paper size '{size}': use one of {string.Join(", ", PaperSizes.Keys)}");
            }

            var fonts = Map(root, "fonts");
            var sizes = Map(root, "sizes");
            var colors = Map(root, "colors");
            var spacing = Map(root, "spacing");

            return new Theme(
                new PageSetup(
                    PaperSizes.ContainsKey(size) ? size : "A4",
                    paper.Width,
                    paper.Height,
                    new Margins(Number(margins, "top"), Number(margins, "right"), Number(margins, "bottom"), Number(margins, "left"))),
                new FontSet(
                    Family(fonts, "body"),
                    Family(fonts, "heading"),
                    Family(fonts, "mono"),
                    Sequence(fonts, "fallback").Select(node => FontFile(node)).ToArray()),
                new TypeScale(
                    Number(sizes, "body"),
                    Number(sizes, "small"),
                    Number(sizes, "footnote"),
                    Number(sizes, "title"),
                    Number(sizes, "subtitle"),
                    Number(sizes, "heading1"),
                    Number(sizes, "heading2"),
                    Number(sizes, "heading3"),
                    Number(sizes, "heading4"),
                    Number(sizes, "mono"),
                    Number(sizes, "line_height")),
                new Palette(
                    Color(colors, "text"),
                    Color(colors, "heading"),
                    Color(colors, "accent"),
                    Color(colors, "muted"),
                    Color(colors, "rule"),
                    Color(colors, "link"),
                    Color(colors, "banner"),
                    Color(colors, "callout_background"),
                    Color(colors, "callout_border"),
                    Color(colors, "warning_background"),
                    Color(colors, "warning_border"),
                    Color(colors, "table_header_background"),
                    Color(colors, "table_header_text"),
                    Color(colors, "table_zebra"),
                    Color(colors, "table_border")),
                new Spacing(
                    Number(spacing, "paragraph_after"),
                    Number(spacing, "heading_before"),
                    Number(spacing, "heading_after"),
                    Number(spacing, "list_indent"),
                    Number(spacing, "list_item_after"),
                    Number(spacing, "block_indent"),
                    Number(spacing, "cell_padding"),
                    Number(spacing, "callout_padding")),
                Flag(root, "pdfa"));
        }

        private FontFamilyFiles Family(YamlMappingNode fonts, string key)
        {
            var family = Map(fonts, key);
            var regular = FontFile(Node(family, "regular"));
            string Optional(string style) =>
                family.Children.TryGetValue(new YamlScalarNode(style), out var node) ? FontFile(node) : regular;

            return new FontFamilyFiles(Text(family, "docx_name"), regular, Optional("bold"), Optional("italic"), Optional("bold_italic"));
        }

        private string FontFile(YamlNode? node)
        {
            if (node is not YamlScalarNode { Value: { Length: > 0 } relative })
            {
                if (node is not null)
                {
                    Error(node, "a font must be a file path");
                }

                return string.Empty;
            }

            var full = Path.GetFullPath(Path.Combine(directory, relative));
            if (!File.Exists(full))
            {
                Error(node, $"font file not found: {relative} (looked for {full})");
            }

            return full;
        }

        private YamlMappingNode Map(YamlMappingNode parent, string key) =>
            Node(parent, key) switch
            {
                YamlMappingNode map => map,
                null => new YamlMappingNode(),
                var other => ErrorAndEmpty(other, $"'{key}' must be a mapping"),
            };

        private YamlMappingNode ErrorAndEmpty(YamlNode node, string message)
        {
            Error(node, message);
            return new YamlMappingNode();
        }

        private IEnumerable<YamlNode> Sequence(YamlMappingNode parent, string key) =>
            Node(parent, key) switch
            {
                YamlSequenceNode sequence => sequence.Children,
                null => [],
                var other => ErrorAndEmpty(other, $"'{key}' must be a list").Children.Keys,
            };

        private YamlNode? Node(YamlMappingNode parent, string key)
        {
            if (parent.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return node;
            }

            Error(parent, $"missing key '{key}'");
            return null;
        }

        private string Text(YamlMappingNode parent, string key)
        {
            var node = Node(parent, key);
            if (node is YamlScalarNode { Value: { Length: > 0 } value })
            {
                return value;
            }

            if (node is not null)
            {
                Error(node, $"'{key}' must be a non-empty text");
            }

            return string.Empty;
        }

        private double Number(YamlMappingNode parent, string key)
        {
            var node = Node(parent, key);
            if (node is YamlScalarNode { Value: { } value }
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && number >= 0 && number < 10_000)
            {
                return number;
            }

            if (node is not null)
            {
                Error(node, $"'{key}' must be a number between 0 and 10000");
            }

            return 0;
        }

        private string Color(YamlMappingNode parent, string key)
        {
            var text = Text(parent, key);
            if (text.Length > 0 && !(text.Length == 7 && text[0] == '#' && text.Skip(1).All(char.IsAsciiHexDigit)))
            {
                Error(Node(parent, key)!, $"'{key}' must be a colour written #RRGGBB, not '{text}'");
            }

            return text.ToUpperInvariant();
        }

        private bool Flag(YamlMappingNode parent, string key)
        {
            var node = Node(parent, key);
            if (node is YamlScalarNode { Value: "true" or "false" } scalar)
            {
                return scalar.Value == "true";
            }

            if (node is not null)
            {
                Error(node, $"'{key}' must be true or false");
            }

            return false;
        }

        private void Error(YamlNode node, string message) =>
            Diagnostics.Add(Diagnostic.Error("BRF-THEME-004", message, new SourceLocation(path, (int)node.Start.Line, (int)node.Start.Column)));
    }
}
