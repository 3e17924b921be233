using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Segmentation;

/// <summary>
/// Splits a <see cref="SourceText"/> into sentences and headings. A sentence ends at '.', '!', '?' or '…' (with any
/// closing quotes, brackets or emphasis marks after it) followed by a space and something that can open a sentence:
/// an upper-case letter or a digit, possibly after an opening quote or bracket. Full stops inside numbers ("3.5") or
/// dotted abbreviations ("U.S.A.") are never followed by a space directly, so they never split; abbreviations and
/// initials are judged by <see cref="Abbreviations"/>. Headings and the end of a block always end a segment.
/// </summary>
public static class SentenceSegmenter
{
    public static IReadOnlyList<Segment> Segment(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var segments = new List<Segment>();
        for (var b = 0; b < source.Blocks.Count; b++)
        {
            var block = source.Blocks[b];
            if (block.Kind == BlockKind.Heading)
            {
                if (Trim(source.Text, block.Span) is { Length: > 0 } heading)
                {
                    segments.Add(new Segment(heading, SegmentKind.Heading, b));
                }

                continue;
            }

            foreach (var sentence in SplitSentences(source.Text, block.Span))
            {
                segments.Add(new Segment(sentence, SegmentKind.Sentence, b));
            }
        }

        return segments;
    }

    /// <summary>The sentences of one block of <paramref name="text"/>, as trimmed spans.</summary>
    public static IReadOnlyList<TextSpan> SplitSentences(string text, TextSpan block)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var end = block.End;
        var start = block.Start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '\u2026')
            {
                j++;
            }

            var singleStop = c == '.' && j == i + 1;
            while (j < end && CharacterClasses.IsCloser(text[j]))
            {
                j++;
            }

            if (j >= end)
            {
                break;
            }

            if (text[j] != ' ')
            {
                i = j;
                continue;
            }

            var next = j;
            while (next < end && text[next] == ' ')
            {
                next++;
            }

            if (!OpensSentence(text, next, end, out var nextWord)
                || (singleStop && !FullStopEndsSentence(text, start, i, nextWord)))
            {
                i = next;
                continue;
            }

            AddTrimmed(sentences, text, TextSpan.FromBounds(start, j));
            start = next;
            i = next;
        }

        AddTrimmed(sentences, text, TextSpan.FromBounds(start, end));
        return sentences;
    }

    private static bool OpensSentence(string text, int at, int end, out string nextWord)
    {
        nextWord = string.Empty;
        var k = at;
        while (k < end && k - at < 3 && text[k] is '"' or '\'' or '(' or '[' or '*' or '_')
        {
            k++;
        }

        if (k >= end || !(char.IsUpper(text[k]) || char.IsDigit(text[k])))
        {
            return false;
        }

        var w = k;
        while (w < end && char.IsLetterOrDigit(text[w]))
        {
            w++;
        }

        nextWord = text[k..w];
        return true;
    }

    private static bool FullStopEndsSentence(string text, int sentenceStart, int stop, string nextWord)
    {
        var w = stop;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || (text[w - 1] == '.' && w - 1 > sentenceStart && char.IsLetter(text[w - 2]))))
        {
            w--;
        }

        if (w < stop && w > sentenceStart && char.IsDigit(text[w - 1]))
        {
            // "2nd." or "5th." is a word glued to a number: an ordinary sentence end.
            return true;
        }

        var word = text[w..stop];
        var nextIsNumber = nextWord.Length > 0 && char.IsDigit(nextWord[0]);
        return Abbreviations.EndsSentence(word, nextWord, nextIsNumber);
    }

    private static void AddTrimmed(List<TextSpan> sentences, string text, TextSpan span)
    {
        if (Trim(text, span) is { Length: > 0 } trimmed)
        {
            sentences.Add(trimmed);
        }
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }
}
