using System.Globalization;
using System.Text;

namespace Briefings.Layout.Text;

/// <summary>
/// The essentials of Unicode line breaking (UAX #14) a briefing needs: breaks at spaces (handled as glue by the
/// paragraph builder), after hyphens and dashes, after slashes, at zero-width spaces and between CJK ideographs;
/// never before closing punctuation or after opening punctuation, never at a no-break space.
/// </summary>
public static class LineBreakRules
{
    public const char ZeroWidthSpace = '\u200B';
    public const char SoftHyphen = '\u00AD';

    public static bool IsBreakingSpace(int codepoint) =>
        codepoint is ' ' or '\t' || (codepoint is not (0xA0 or 0x2007 or 0x202F) && codepoint > 0x7F
            && CharUnicodeInfo.GetUnicodeCategory(codepoint) == UnicodeCategory.SpaceSeparator);

    public static bool IsNonBreakingSpace(int codepoint) => codepoint is 0xA0 or 0x2007 or 0x202F;

    /// <summary>Characters a line must not start with (closing punctuation, infix separators, hyphens).</summary>
    public static bool ProhibitsBreakBefore(int codepoint) => codepoint switch
    {
        ')' or ']' or '}' or ',' or '.' or ';' or ':' or '!' or '?' or '%' or '/' => true,
        '-' or 0x2010 or 0x2011 or 0x2013 or 0x2019 or 0x201D or 0x00BB or 0x203A or 0x2026 => true,
        0x3001 or 0x3002 or 0xFF0C or 0xFF0E or 0xFF09 or 0x300D or 0x300F or 0x3011 or 0xFF1A or 0xFF1B or 0xFF01 or 0xFF1F => true,
        _ => false,
    };

    /// <summary>Characters a line must not end with (opening punctuation).</summary>
    public static bool ProhibitsBreakAfter(int codepoint) => codepoint switch
    {
        '(' or '[' or '{' or 0x201C or 0x2018 or 0x00AB or 0x2039 or 0x300C or 0x300E or 0x3010 or 0xFF08 => true,
        _ => false,
    };

    public static bool IsIdeographic(int codepoint) =>
        codepoint is (>= 0x2E80 and <= 0x2FFF) or (>= 0x3040 and <= 0x30FF) or (>= 0x3130 and <= 0x318F) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>
    /// For each character index i: whether a line may break between character i and the next one without a
    /// space (spaces are glue, decided by the paragraph builder). Indices of the second half of a surrogate pair are false.
    /// </summary>
    public static bool[] BreaksAfter(string text)
    {
        var result = new bool[text.Length];
        BreaksAfter(text, result);
        return result;
    }

    /// <summary>Fills <paramref name="result"/> (at least as long as the text) with whether a line may break after each character.</summary>
    public static void BreaksAfter(string text, Span<bool> result)
    {
        result[..text.Length].Clear();
        var previous = -1;
        for (var index = 0; index < text.Length;)
        {
            var character = text[index];
            if (char.IsAsciiLetterOrDigit(character) && index + 1 < text.Length && char.IsAsciiLetterOrDigit(text[index + 1]))
            {
                // Inside a word: no rule breaks between two ASCII letters or digits, whatever came before, and
                // most characters of a briefing are such; their entry stays false without decoding two runes.
                previous = character;
                index++;
                continue;
            }

            var rune = Rune.GetRuneAt(text, index);
            var length = rune.Utf16SequenceLength;
            var nextIndex = index + length;
            var next = nextIndex < text.Length ? Rune.GetRuneAt(text, nextIndex).Value : -1;
            result[index + length - 1] = next >= 0 && BreaksBetween(previous, rune.Value, next);
            previous = rune.Value;
            index = nextIndex;
        }
    }

    internal static bool BreaksBetween(int before, int current, int after)
    {
        if (IsBreakingSpace(current) || IsBreakingSpace(after) || IsNonBreakingSpace(current) || IsNonBreakingSpace(after)
            || after is '\n' || current is '\n' || ProhibitsBreakAfter(current) || after == ZeroWidthSpace)
        {
            return false;
        }

        if (current == ZeroWidthSpace || current == SoftHyphen)
        {
            return true;
        }

        if (after == 0x2014)
        {
            return !ProhibitsBreakAfter(current);
        }

        if (ProhibitsBreakBefore(after))
        {
            return false;
        }

        return current switch
        {
            // A hyphen joins words: "well-known" breaks after it; "-5" and "--" do not.
            '-' or 0x2010 => IsLetter(before) && IsLetter(after),
            0x2013 or 0x2014 => true,
            // "and/or" and URLs break after the slash; "1/2" does not.
            '/' => !(IsDigit(before) && IsDigit(after)) && before >= 0,
            _ => IsIdeographic(current) || IsIdeographic(after),
        };
    }

    private static bool IsLetter(int codepoint) => codepoint >= 0 && Rune.IsLetterOrDigit(new Rune(codepoint));

    private static bool IsDigit(int codepoint) => codepoint is >= '0' and <= '9';
}
