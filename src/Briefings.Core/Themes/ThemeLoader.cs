using Briefings.Core.Yaml;
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

    // sfnt version tags: TrueType outlines, 'true' (old Apple TrueType), CFF outlines ('OTTO'), collections ('ttcf').
    private static readonly byte[][] FontSignatures = [[0x00, 0x01, 0x00, 0x00], "true"u8.ToArray(), "OTTO"u8.ToArray(), "ttcf"u8.ToArray()];

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
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(yaml);
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

            CheckMargins(margins, paper);
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
                    FontSize(sizes, "body"),
                    FontSize(sizes, "small"),
                    FontSize(sizes, "footnote"),
                    FontSize(sizes, "title"),
                    FontSize(sizes, "subtitle"),
                    FontSize(sizes, "heading1"),
                    FontSize(sizes, "heading2"),
                    FontSize(sizes, "heading3"),
                    FontSize(sizes, "heading4"),
                    FontSize(sizes, "mono"),
                    LineHeight(sizes)),
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
            else if (FontFileProblem(full) is { } problem)
            {
                Error(node, $"font file {relative} {problem}");
            }

            return full;
        }

        /// <summary>
        /// Checks the file's signature, so a truncated download or a renamed file is reported here, at its line
        /// in the theme, rather than once per document by the renderer.
        /// </summary>
        private static string? FontFileProblem(string path)
        {
            var signature = new byte[4];
            try
            {
                using var stream = File.OpenRead(path);
                if (stream.ReadAtLeast(signature, 4, throwOnEndOfStream: false) < 4)
                {
                    return "is empty or truncated: it is not a TrueType or OpenType font";
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return $"cannot be read: {exception.Message}";
            }

            return FontSignatures.Any(known => signature.AsSpan().SequenceEqual(known))
                ? null
                : $"is not a TrueType or OpenType font (it starts with bytes {Convert.ToHexString(signature)})";
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

        // Below 1 pt text is invisible; above a few hundred no line fits a page.
        private double FontSize(YamlMappingNode sizes, string key) => Bounded(sizes, key, 1, 400, "a font size in points");

        private double LineHeight(YamlMappingNode sizes) => Bounded(sizes, "line_height", 0.5, 5, "a multiple of the font size");

        private double Bounded(YamlMappingNode parent, string key, double minimum, double maximum, string what)
        {
            var value = Number(parent, key);
            if (parent.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } text }
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && number is >= 0 and < 10_000 && (number < minimum || number > maximum))
            {
                Error(node, $"'{key}' must be {what} between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}, not {text}");
            }

            return value;
        }

        /// <summary>The margins must leave at least an inch of text area each way, or nothing can be laid out.</summary>
        private void CheckMargins(YamlMappingNode margins, (double Width, double Height) paper)
        {
            const double MinimumTextArea = 72;
            double Read(string key) =>
                margins.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } text }
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0;

            if (paper.Width <= 0)
            {
                return;
            }

            var width = paper.Width - Read("left") - Read("right");
            var height = paper.Height - Read("top") - Read("bottom");
            if (width < MinimumTextArea || height < MinimumTextArea)
            {
                Error(margins, $"the margins leave a text area of {Math.Max(0, width):0} × {Math.Max(0, height):0} pt on a {paper.Width:0} × {paper.Height:0} pt page; at least {MinimumTextArea:0} pt each way is needed");
            }
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
