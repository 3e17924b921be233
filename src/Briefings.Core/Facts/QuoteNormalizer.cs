namespace Briefings.Core.Facts;

/// <summary>
/// The only differences a quote may have from its source: whitespace and line wraps (any run becomes one space),
/// hyphenation across a line end, curly or straight quotes and apostrophes, and the kind of dash ("-", "–", "—",
/// "--"). Text is compared after Unicode NFC. Nothing else is forgiven: case, punctuation and words must match.
/// </summary>
internal static class QuoteNormalizer
{
    /// <summary>Marks a hyphen that stood at a line end between two letters: the quote may keep or drop it.</summary>
    public const char SoftHyphen = '\u00AD';

    /// <summary>
    /// Normalises <paramref name="text"/>; <paramref name="map"/> receives, for each output character, the index in
    /// <paramref name="text"/> it came from. With <paramref name="markLineEndHyphens"/> (sources), a dash between a
    /// letter and a line break followed by a letter becomes <see cref="SoftHyphen"/> and the break disappears.
    /// </summary>
    public static string Normalize(string text, bool markLineEndHyphens, List<int>? map)
    {
        // Never longer than the text.
        return PooledText.Build(text.Length, output => Normalize(text, markLineEndHyphens, map, output));
    }

    private static int Normalize(string text, bool markLineEndHyphens, List<int>? map, char[] output)
    {
        var length = 0;
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (pendingSpace < 0 && length > 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            var folded = Fold(c);
            if (folded == '-')
            {
                // "--" and "---" are typewriter dashes: one dash.
                while (i + 1 < text.Length && Fold(text[i + 1]) == '-' && text[i + 1] is '-')
                {
                    i++;
                }

                if (markLineEndHyphens && length > 0 && char.IsLetter(output[length - 1]) && pendingSpace < 0
                    && TrySkipLineBreak(text, i + 1, out var next) && next < text.Length && char.IsLetter(text[next]))
                {
                    Append(output, ref length, map, SoftHyphen, i);
                    i = next - 1;
                    continue;
                }
            }

            if (pendingSpace >= 0)
            {
                Append(output, ref length, map, ' ', pendingSpace);
                pendingSpace = -1;
            }

            Append(output, ref length, map, folded, i);
        }

        return length;
    }

    private static void Append(char[] output, ref int length, List<int>? map, char c, int from)
    {
        output[length++] = c;
        map?.Add(from);
    }

    /// <summary>From <paramref name="start"/>, skips spaces, exactly one line break and the indentation after it.</summary>
    private static bool TrySkipLineBreak(string text, int start, out int next)
    {
        next = start;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next >= text.Length || text[next] is not ('\n' or '\r'))
        {
            return false;
        }

        next += text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        return true;
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
