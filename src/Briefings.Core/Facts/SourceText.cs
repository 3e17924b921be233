using System.Text;

namespace Briefings.Core.Facts;

/// <summary>
/// A source document prepared once for quote lookups: normalised (see <see cref="QuoteNormalizer"/>), with a search
/// form that ignores dashes between letters so that a quote can be found with one ordinal IndexOf, then checked
/// exactly against the normalised text. Also finds the passage closest to a quote that is not there.
/// </summary>
internal sealed class SourceText
{
    private const int CandidatePassages = 12;
    private const int MaxPassageLength = 240;

    private readonly string original;
    private readonly int[] lineStarts;
    private readonly string normalized;
    // Kept as the lists the maps were written into: a copy to an array doubled a large dossier's peak for them.
    private readonly List<int> normalizedToOriginal;
    private readonly string search;
    private readonly List<int> searchToNormalized;
    private readonly Lazy<Token[]> tokens;

    public SourceText(string text)
    {
        original = text.Normalize(NormalizationForm.FormC);
        lineStarts = LineStarts(original);
        normalizedToOriginal = new List<int>(original.Length);
        normalized = QuoteNormalizer.Normalize(original, markLineEndHyphens: true, normalizedToOriginal);
        searchToNormalized = new List<int>(normalized.Length);
        search = SearchForm(normalized, searchToNormalized);
        tokens = new Lazy<Token[]>(() => Tokenize(normalized));
    }

    /// <summary>The 1-based line of the source where <paramref name="quote"/> starts, or 0 if the source does not contain it.</summary>
    public int FindLine(string quote)
    {
        var wanted = QuoteNormalizer.Normalize(quote.Normalize(NormalizationForm.FormC), markLineEndHyphens: false, map: null);
        if (wanted.Length == 0)
        {
            return 0;
        }

        var wantedSearch = SearchForm(wanted, null);
        if (wantedSearch.Length == 0)
        {
            return 0;
        }

        for (var at = search.IndexOf(wantedSearch, StringComparison.Ordinal); at >= 0; at = search.IndexOf(wantedSearch, at + 1, StringComparison.Ordinal))
        {
            var start = searchToNormalized[at];
            if (MatchesAt(start, wanted))
            {
                return LineOf(normalizedToOriginal[start]);
            }
        }

        return 0;
    }

    /// <summary>The passage of the source most like <paramref name="quote"/>: best word overlap, then fewest edits.</summary>
    public (int Line, string Text)? ClosestPassage(string quote)
    {
        var wanted = QuoteNormalizer.Normalize(quote.Normalize(NormalizationForm.FormC), markLineEndHyphens: false, map: null);
        var wantedTokens = Tokenize(wanted);
        var all = tokens.Value;
        if (wantedTokens.Length == 0 || all.Length == 0)
        {
            return null;
        }

        var width = Math.Min(wantedTokens.Length, all.Length);
        var need = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in wantedTokens)
        {
            need[token.Word] = need.GetValueOrDefault(token.Word) + 1;
        }

        // Sliding window over the source's words: score = words shared with the quote (as a multiset).
        var have = new Dictionary<string, int>(StringComparer.Ordinal);
        var scores = new int[all.Length - width + 1];
        var score = 0;
        for (var i = 0; i < all.Length; i++)
        {
            score += Add(all[i].Word, +1);
            if (i >= width)
            {
                score += Add(all[i - width].Word, -1);
            }

            if (i >= width - 1)
            {
                scores[i - width + 1] = score;
            }
        }

        var candidates = new List<int>();
        foreach (var start in Enumerable.Range(0, scores.Length).OrderByDescending(s => scores[s]).ThenBy(s => s))
        {
            if (scores[start] == 0 || candidates.Count == CandidatePassages)
            {
                break;
            }

            if (candidates.All(chosen => Math.Abs(chosen - start) >= width))
            {
                candidates.Add(start);
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates
            .Select(start => (Start: start, Distance: EditDistance.Between(wanted, PassageAt(start, width))))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Start)
            .First();
        var passage = PassageAt(best.Start, width).Replace(QuoteNormalizer.SoftHyphen.ToString(), string.Empty, StringComparison.Ordinal);
        if (passage.Length > MaxPassageLength)
        {
            passage = passage[..MaxPassageLength] + "…";
        }

        return (LineOf(normalizedToOriginal[all[best.Start].Start]), passage);

        int Add(string word, int delta)
        {
            if (!need.TryGetValue(word, out var wantedCount))
            {
                return 0;
            }

            var before = have.GetValueOrDefault(word);
            var after = before + delta;
            have[word] = after;
            return Math.Min(after, wantedCount) - Math.Min(before, wantedCount);
        }

        string PassageAt(int start, int count)
        {
            var from = all[start].Start;
            var to = all[start + count - 1].End;
            return normalized[from..to];
        }
    }

    /// <summary>Exact comparison, letting the quote keep or drop a line-end hyphen of the source.</summary>
    private bool MatchesAt(int start, string wanted)
    {
        var i = start;
        var j = 0;
        while (j < wanted.Length)
        {
            if (i >= normalized.Length)
            {
                return false;
            }

            var c = normalized[i];
            if (c == QuoteNormalizer.SoftHyphen)
            {
                i++;
                if (wanted[j] == '-')
                {
                    j++;
                }

                continue;
            }

            if (c != wanted[j])
            {
                return false;
            }

            i++;
            j++;
        }

        return true;
    }

    /// <summary>Drops every dash that joins two letters (and every soft hyphen), so both spellings meet in IndexOf.</summary>
    private static string SearchForm(string text, List<int>? map)
    {
        // Never longer than the text.
        return PooledText.Build(text.Length, output =>
        {
            var length = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == QuoteNormalizer.SoftHyphen
                    || (c == '-' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])))
                {
                    continue;
                }

                output[length++] = c;
                map?.Add(i);
            }

            return length;
        });
    }

    private static Token[] Tokenize(string text)
    {
        var result = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var word = new StringBuilder();
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == QuoteNormalizer.SoftHyphen))
            {
                if (text[i] != QuoteNormalizer.SoftHyphen)
                {
                    word.Append(char.ToLowerInvariant(text[i]));
                }

                i++;
            }

            result.Add(new Token(word.ToString(), start, i));
        }

        return [.. result];
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private int LineOf(int index)
    {
        var found = Array.BinarySearch(lineStarts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    private readonly record struct Token(string Word, int Start, int End);
}
