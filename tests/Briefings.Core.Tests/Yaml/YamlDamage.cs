namespace Briefings.Core.Tests.Yaml;

/// <summary>
/// YAML-ish damage of the kinds hands make (lines lost, doubled, swapped or re-indented, tokens YAML treats specially,
/// text cut short) and aliases, backward and forward, put in at random: the inputs on which two YAML readers are compared.
/// </summary>
internal static class YamlDamage
{
    private static readonly string[] Tokens =
    [
        "", "~", "null", "[", "]", "{", "}", "\"", "'", ":", "- ", "? ", "|", ">", "&a", "*a", "*undefined", "!!binary", "!!int x", "<<: *a",
        "#", "---", "...", "%YAML 1.1", "@", "`", "x: y: z", "[*a, *a, *a]", "&a [x, x, x]", "\t", "  ", "\"unterminated", "'it''s'", "!t",
        "!!str", "? [a, b]", "!<>", "\"A4\"*a", "\n---\n", "&b *a",
    ];

    public static string Apply(Random random, string text, int times)
    {
        for (var time = 0; time < times; time++)
        {
            text = Once(random, text);
        }

        return text;
    }

    private static string Once(Random random, string text)
    {
        var lines = text.Split('\n').ToList();
        int Line() => random.Next(lines.Count);
        switch (random.Next(8))
        {
            case 0:
                lines.RemoveAt(Line());
                break;
            case 1:
            {
                var line = Line();
                lines.Insert(line, lines[line]);
                break;
            }

            case 2:
            {
                var (a, b) = (Line(), Line());
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            }

            case 3:
            {
                var line = Line();
                var shift = random.Next(-4, 5);
                lines[line] = shift >= 0 ? new string(' ', shift) + lines[line] : lines[line].TrimStart();
                break;
            }

            case 4:
            {
                var line = Line();
                var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                var token = Tokens[random.Next(Tokens.Length)];
                lines[line] = colon >= 0 ? lines[line][..(colon + 2)] + token + " " + lines[line][(colon + 2)..] : lines[line] + token;
                break;
            }

            case 5:
            {
                var at = random.Next(text.Length + 1);
                return text[..at] + Tokens[random.Next(Tokens.Length)] + text[at..];
            }

            case 6:
                return text[..random.Next(text.Length + 1)];
            default:
            {
                // A value anchored on one line and aliased on another, before or after it.
                var (anchored, aliased) = (Line(), Line());
                var colon = lines[anchored].IndexOf(": ", StringComparison.Ordinal);
                if (colon >= 0)
                {
                    lines[anchored] = lines[anchored][..(colon + 2)] + "&q " + lines[anchored][(colon + 2)..];
                }

                colon = lines[aliased].IndexOf(": ", StringComparison.Ordinal);
                if (colon >= 0)
                {
                    lines[aliased] = lines[aliased][..(colon + 2)] + "*q";
                }

                break;
            }
        }

        return string.Join('\n', lines);
    }
}
