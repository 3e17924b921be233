using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>Splits text into <see cref="NameToken"/>s: runs of letters and digits; a possessive "'s" is dropped.</summary>
internal static class NameTokenizer
{
    private const int MaximumJoiningSeparator = 3;

    private static readonly FrozenDictionary<string, string> Nationalities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["japanese"] = "japan",
        ["russian"] = "russia",
        ["chinese"] = "china",
        ["american"] = "america",
        ["british"] = "britain",
        ["korean"] = "korea",
        ["ukrainian"] = "ukraine",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static List<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>();
        var previousEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                else if (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessive(text, i))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            var original = text[start..i];
            var plain = Plain(original);
            var joins = previousEnd >= 0 && Joins(text, previousEnd, start);
            tokens.Add(new NameToken(start, i, original, plain, Nationalities.GetValueOrDefault(plain, plain), joins));
            previousEnd = i;
            if (i < text.Length && IsPossessive(text, i))
            {
                i += 2;
            }
        }

        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsPossessive(string text, int at) =>
        IsApostrophe(text[at]) && at + 1 < text.Length && text[at + 1] is 's' or 'S'
        && (at + 2 >= text.Length || !char.IsLetterOrDigit(text[at + 2]));

    private static bool Joins(string text, int from, int to)
    {
        if (to - from > MaximumJoiningSeparator)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (!(c == ' ' || c == '.' || CharacterClasses.IsDash(c) || CharacterClasses.IsSpace(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Plain(string word)
    {
        var lower = word.ToLowerInvariant().Replace('\u2019', '\'');
        if (System.Text.Ascii.IsValid(lower))
        {
            return lower;
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        if (decomposed.Length == lower.Length)
        {
            return lower;
        }

        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
