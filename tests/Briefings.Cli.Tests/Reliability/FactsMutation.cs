using FsCheck;
using FsCheck.Fluent;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// YAML-ish damage to a valid facts file, of the kinds hands make: lines lost, doubled, swapped or
/// re-indented, values replaced by tokens YAML treats specially, text cut short, anchors and aliases.
/// </summary>
internal static class FactsMutation
{
    private static readonly string[] Tokens =
    [
        "", "~", "null", "[", "]", "{", "}", "\"", "'", ":", "- ", "-", "? ", "|", ">", "&a", "*a", "*undefined", "!!binary", "!!int x",
        "<<: *a", "0x1F", "1e400", "-0", "2023-02-30", "1956-13", "9999999999", "true", "[a, [b, [c]]]", "{ a: { b: c } }",
        "\"unterminated", "'it''s'", "北方領土", "🏝️", "\u200B", "\t", "  ", "#", "---", "...", "%YAML 1.1", "@", "`",
        "x: y: z", "[*a, *a, *a]", "&a [x, x, x]", "\u0000", "\uFFFF", "\u202E",
    ];

    /// <summary>A mutation: apply it to the text and get the damaged text.</summary>
    public static Gen<Func<string, string>> One { get; } = Gen.OneOf(
        Line().Select<int, Func<string, string>>(pick => text => WithLines(text, lines => lines.RemoveAt(pick % lines.Count))),
        Line().Select<int, Func<string, string>>(pick => text => WithLines(text, lines => lines.Insert(pick % lines.Count, lines[pick % lines.Count]))),
        Gen.Zip(Line(), Line()).Select<(int, int), Func<string, string>>(pair => text => WithLines(text, lines =>
        {
            var (a, b) = (pair.Item1 % lines.Count, pair.Item2 % lines.Count);
            (lines[a], lines[b]) = (lines[b], lines[a]);
        })),
        Gen.Zip(Line(), Gen.Choose(-4, 4)).Select<(int, int), Func<string, string>>(pair => text => WithLines(text, lines =>
        {
            var index = pair.Item1 % lines.Count;
            lines[index] = pair.Item2 >= 0 ? new string(' ', pair.Item2) + lines[index] : lines[index].TrimStart();
        })),
        Gen.Zip(Line(), Gen.Elements(Tokens)).Select<(int, string), Func<string, string>>(pair => text => WithLines(text, lines =>
        {
            var index = pair.Item1 % lines.Count;
            var colon = lines[index].IndexOf(": ", StringComparison.Ordinal);
            lines[index] = colon >= 0 ? lines[index][..(colon + 2)] + pair.Item2 : lines[index] + pair.Item2;
        })),
        Gen.Zip(Gen.Choose(0, 1_000_000), Gen.Elements(Tokens)).Select<(int, string), Func<string, string>>(pair => text =>
        {
            var at = pair.Item1 % (text.Length + 1);
            return text[..at] + pair.Item2 + text[at..];
        }),
        Gen.Choose(0, 1_000_000).Select<int, Func<string, string>>(at => text => text[..(at % (text.Length + 1))]),
        Gen.Zip(Line(), Gen.Choose(1, 6)).Select<(int, int), Func<string, string>>(pair => text => WithLines(text, lines =>
        {
            // An alias bomb: each level refers to the previous one several times.
            var index = pair.Item1 % lines.Count;
            var levels = Enumerable.Range(0, pair.Item2 + 4).Select(level => level == 0 ? "b0: &b0 [x, x, x, x]" : $"b{level}: &b{level} [*b{level - 1}, *b{level - 1}, *b{level - 1}, *b{level - 1}]");
            lines.InsertRange(index, levels);
        })));

    /// <summary>One to four mutations applied in turn.</summary>
    public static Gen<Func<string, string>> Several { get; } =
        Gen.Choose(1, 4).SelectMany(count => One.ListOf(count)).Select<List<Func<string, string>>, Func<string, string>>(mutations => text => mutations.Aggregate(text, (current, mutate) => mutate(current)));

    private static Gen<int> Line() => Gen.Choose(0, 100_000);

    private static string WithLines(string text, Action<List<string>> change)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0)
        {
            return text;
        }

        change(lines);
        return string.Join('\n', lines);
    }
}
