using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Random briefing Markdown built from the dialect's constructs (docs/markdown-dialect.md), nested: headings,
/// paragraphs with emphasis, code, links of every scheme and footnote references, bullet and ordered lists,
/// block quotes, pipe tables, the custom containers, attributes, breaks, code blocks, footnote definitions,
/// in any script, plus raw junk characters.
/// </summary>
internal static class DialectMarkdown
{
    private static readonly string[] Words =
    [
        "treaty", "island", "Etorofu", "Итуруп", "北方領土", "עברית", "مرحبا", "café", "e\u0301", "🏝️", "zero\u200Bwidth", "1956.", "#", "|", "*", "_",
        "[", "]", "<b>", "&amp;", "{{ x }}", "\\", "`", "~~", "::", "{.keep}", "\u00AD", "\u00A0", "—", "“quoted”", "x\ty", "\u0007", "\uFFFD",
        "Supercalifragilisticexpialidocious-and-then-some-more-without-spaces", "https://example.org/a_b", "www.example.org", "mailto:a@b.org",
    ];

    private static readonly string[] Urls =
        ["https://example.org", "http://example.org/x?y=1&z=2", "mailto:analyst@example.org", "javascript:alert(1)", "ftp://example.org", "#key-points", "#missing", "", "<>", "data:text/html,x"];

    public static Gen<string> Document { get; } = Gen.Sized(size => Blocks(Math.Min(3, 1 + (size / 30))))
        .Select(body => "---\ntitle: \"Fuzz\"\n---\n\n" + body);

    private static Gen<string> Word { get; } = Gen.Elements(Words);

    private static Gen<string> Text { get; } = Gen.Choose(1, 12).SelectMany(count => Word.ListOf(count)).Select(words => string.Join(' ', words));

    private static Gen<string> Inline { get; } = Gen.OneOf(
        Text,
        Text.Select(text => $"*{text}*"),
        Text.Select(text => $"**{text}**"),
        Text.Select(text => $"***{text}***"),
        Text.Select(text => $"~~{text}~~"),
        Text.Select(text => $"`{text.Replace("`", string.Empty, StringComparison.Ordinal)}`"),
        Gen.Zip(Text, Gen.Elements(Urls)).Select(pair => $"[{pair.Item1}]({pair.Item2})"),
        Gen.Elements(Urls).Select(url => $"<{url}>"),
        Gen.Choose(1, 4).Select(note => $"[^{note}]"),
        Gen.Constant("  \n"),
        Gen.Constant("\\\n"),
        Gen.Elements("!", "*", "**", "_", "[", "](", "|", "\\", "&#x1F3DD;", "&#0;", "&#xD800;", "<", "{#id}", "{.keep}"));

    private static Gen<string> Line { get; } = Gen.Choose(1, 6).SelectMany(count => Inline.ListOf(count)).Select(parts => string.Join(' ', parts));

    private static Gen<string> Blocks(int depth) =>
        Gen.Choose(1, 5).SelectMany(count => Block(depth).ListOf(count)).Select(blocks => string.Join("\n\n", blocks) + "\n");

    private static Gen<string> Block(int depth)
    {
        var leaves = new List<Gen<string>>
        {
            Line,
            // Headings start with a word: an empty heading crashes the PDF outline (reported, docs/reliability.md).
            Gen.Zip(Gen.Choose(1, 6), Line).Select(pair => $"{new string('#', pair.Item1)} Heading {pair.Item2}"),
            Gen.Zip(Gen.Choose(1, 4), Line).Select(pair => $"{new string('#', pair.Item1)} Heading {pair.Item2} {{.keep}}"),
            Table,
            Gen.Elements("---", "***", "::: page-break\n:::", "```\ncode {{ }} <b>\n  indented\n```", "    indented code", "[^1]: A note.", "[^2]: Note with *emphasis* and [a link](https://example.org).", "[^9]:", "::: warning\n:::"),
            Line.Select(line => $"{line}\n{{.keep}}"),
        };
        if (depth <= 0)
        {
            return Gen.OneOf(leaves);
        }

        var inner = Blocks(depth - 1);
        var containers = new List<Gen<string>>
        {
            inner.Select(body => Prefix(body, "> ")),
            Gen.Zip(inner, Gen.Elements("key-points", "note", "warning", "unknown-kind", "")).Select(pair => $"::: {pair.Item2}\n{pair.Item1}:::"),
            Gen.Choose(1, 4).SelectMany(count => inner.ListOf(count)).Select(items => string.Concat(items.Select(item => "- " + Indent(item, 2)))),
            Gen.Choose(1, 4).SelectMany(count => inner.ListOf(count)).Select(items => string.Concat(items.Select((item, index) => $"{index + 1}. " + Indent(item, 3)))),
        };
        return Gen.Frequency((3, Gen.OneOf(leaves)), (2, Gen.OneOf(containers)));
    }

    private static Gen<string> Table { get; } =
        Gen.Zip(Gen.Choose(1, 7), Gen.Choose(0, 6)).SelectMany(shape =>
            Gen.Zip(
                Gen.Elements(":---", "---:", ":---:", "---", "-", ":-----------------"). ArrayOf(shape.Item1),
                Line.ArrayOf(shape.Item1 * (shape.Item2 + 1)))
            .Select(parts =>
            {
                var (alignments, cells) = parts;
                var table = new StringBuilder();
                for (var row = 0; row <= shape.Item2; row++)
                {
                    table.Append('|').AppendJoin('|', cells.Skip(row * shape.Item1).Take(shape.Item1).Select(cell => " " + cell.Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal) + " ")).Append("|\n");
                    if (row == 0)
                    {
                        table.Append('|').AppendJoin('|', alignments).Append("|\n");
                    }
                }

                return table.ToString();
            }));

    private static string Prefix(string text, string prefix) =>
        string.Concat(text.Split('\n').Select(line => prefix + line + "\n"));

    private static string Indent(string text, int spaces)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        return lines[0] + "\n" + string.Concat(lines.Skip(1).Select(line => (line.Length > 0 ? new string(' ', spaces) : string.Empty) + line + "\n"));
    }
}
