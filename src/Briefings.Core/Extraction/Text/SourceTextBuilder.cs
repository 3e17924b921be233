using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Core.Extraction.Text;

/// <summary>
/// Turns an original file into normalised blocks, keeping for every normalised character the index of the original
/// character it came from. The rules, in order:
/// <list type="number">
/// <item>Lines are trimmed (stray leading spaces go); lines holding only a page number or a form feed count as blank.</item>
/// <item>A file is <em>hard-wrapped</em> when at least two of its lines run on into a next line that starts in lower
/// case; its wrap width is the median length of those lines.</item>
/// <item>Markdown headings (<c>#</c>), numbered section headings after a blank line ("1 Background …") and bullets
/// start their own block; a heading never takes a following line.</item>
/// <item>In a hard-wrapped file, consecutive lines join into one paragraph. A blank line ends the paragraph unless
/// it is a page-break artifact: the paragraph's last line has no final punctuation and either the next line starts
/// in lower case (or completes a hyphenated word), or the file is hard-wrapped, the paragraph has two lines or more
/// and its last line is at least 60 % of the wrap width.</item>
/// <item>In a file that is not hard-wrapped every line is its own block, except a line that continues in lower case
/// after a line with no final punctuation (or after a hyphen).</item>
/// <item>A one-line paragraph with no final punctuation, at most 120 characters, followed by a blank line or the end
/// of the file, is a heading.</item>
/// <item>Joined lines are separated by one space; a hyphen ending a line is dropped when the next line starts in
/// lower case ("nego-/tiations"), kept without a space otherwise ("Japan-/Russia", "2-/3").</item>
/// <item>Quotes, apostrophes, hyphens and spaces are unified (<see cref="CharacterClasses.Unify"/>) and runs of
/// spaces collapse to one.</item>
/// </list>
/// Blocks are separated by a single '\n' in the normalised text, so no sentence ever crosses a block.
/// </summary>
internal static partial class SourceTextBuilder
{
    private const int MaximumHeadingLength = 120;
    private const double PageBreakWidthShare = 0.6;

    public static (string Text, OffsetMap Map, IReadOnlyList<TextBlock> Blocks, int[] LineStarts, int? WrapWidth) Build(string original)
    {
        var lineStarts = FindLineStarts(original, out var lineEnds);
        var lines = new SourceLine[lineStarts.Length];
        var previousBlank = true;
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Classify(original, i + 1, lineStarts[i], lineEnds[i], previousBlank);
            previousBlank = lines[i].IsBlank;
        }

        var wrapWidth = EstimateWrapWidth(original, lines);
        var output = new StringBuilder(original.Length);
        var map = new OffsetMap();
        var blocks = new List<TextBlock>();
        var assembler = new BlockAssembler(original, lines, wrapWidth, output, map, blocks);
        assembler.Run();
        return (output.ToString(), map, blocks, lineStarts, wrapWidth);
    }

    private static int[] FindLineStarts(string text, out int[] lineEnds)
    {
        var starts = new List<int> { 0 };
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                ends.Add(i);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        ends.Add(text.Length);
        lineEnds = [.. ends];
        return [.. starts];
    }

    private static SourceLine Classify(string text, int number, int start, int end, bool previousBlank)
    {
        var contentStart = start;
        while (contentStart < end && (CharacterClasses.IsSpace(text[contentStart]) || CharacterClasses.IsInvisible(text[contentStart])))
        {
            contentStart++;
        }

        var contentEnd = end;
        while (contentEnd > contentStart && (CharacterClasses.IsSpace(text[contentEnd - 1]) || CharacterClasses.IsInvisible(text[contentEnd - 1])))
        {
            contentEnd--;
        }

        var content = text.AsSpan(contentStart, contentEnd - contentStart);
        if (content.IsEmpty || PageNumberLine().IsMatch(content))
        {
            return new SourceLine(number, contentStart, contentStart, end, LineKind.Blank, contentStart);
        }

        if (MarkdownHeadingMark().Match(text, contentStart, contentEnd - contentStart) is { Success: true } heading)
        {
            var headingEnd = contentEnd;
            while (headingEnd > heading.Index + heading.Length && text[headingEnd - 1] == '#')
            {
                headingEnd--;
            }

            while (headingEnd > heading.Index + heading.Length && CharacterClasses.IsSpace(text[headingEnd - 1]))
            {
                headingEnd--;
            }

            return new SourceLine(number, contentStart, headingEnd, end, LineKind.MarkdownHeading, heading.Index + heading.Length);
        }

        if (BulletMark().Match(text, contentStart, contentEnd - contentStart) is { Success: true } bullet)
        {
            return new SourceLine(number, contentStart, contentEnd, end, LineKind.Bullet, bullet.Index + bullet.Length);
        }

        if (previousBlank && content.Length <= MaximumHeadingLength && !EndsWithTerminal(content)
            && NumberedHeading().IsMatch(content))
        {
            return new SourceLine(number, contentStart, contentEnd, end, LineKind.NumberedHeading, contentStart);
        }

        return new SourceLine(number, contentStart, contentEnd, end, LineKind.Text, contentStart);
    }

    private static int? EstimateWrapWidth(string text, SourceLine[] lines)
    {
        var lengths = new List<int>();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var line = lines[i];
            var next = lines[i + 1];
            if (line.Kind == LineKind.Text && next.Kind == LineKind.Text
                && char.IsLower(text[next.ContentStart])
                && !EndsWithTerminal(text.AsSpan(line.ContentStart, line.Length)))
            {
                lengths.Add(line.Length);
            }
        }

        if (lengths.Count < 2)
        {
            return null;
        }

        lengths.Sort();
        return lengths[lengths.Count / 2];
    }

    /// <summary>True when the text ends in sentence or clause punctuation, looking through closing quotes and brackets.</summary>
    internal static bool EndsWithTerminal(ReadOnlySpan<char> content)
    {
        var i = content.Length - 1;
        while (i >= 0 && CharacterClasses.IsCloser(CharacterClasses.Unify(content[i])))
        {
            i--;
        }

        return i >= 0 && CharacterClasses.IsTerminal(content[i]);
    }

    /// <summary>Walks the classified lines once, deciding for each whether it continues the open block.</summary>
    private sealed class BlockAssembler(
        string original, SourceLine[] lines, int? wrapWidth, StringBuilder output, OffsetMap map, List<TextBlock> blocks)
    {
        private bool _open;
        private BlockKind _kind;
        private LineKind _firstLineKind;
        private int _blockStart;
        private int _firstLine;
        private int _lineCount;
        private SourceLine _last;

        private bool IsWrapped => wrapWidth is not null;

        public void Run()
        {
            var afterBlank = false;
            foreach (var line in lines)
            {
                if (line.IsBlank)
                {
                    afterBlank = _open || afterBlank;
                    continue;
                }

                var kind = EffectiveKind(line, afterBlank);
                if (_open && ShouldJoin(line, kind, afterBlank))
                {
                    Append(line, joining: true);
                }
                else
                {
                    Close(followedByBlank: afterBlank);
                    Open(line, kind);
                }

                afterBlank = false;
            }

            Close(followedByBlank: true);
        }

        /// <summary>A bullet inside a hard-wrapped paragraph ("…Warr,/2) the transfer") is text, not a new item.</summary>
        private LineKind EffectiveKind(SourceLine line, bool afterBlank)
        {
            if (line.Kind == LineKind.Bullet && _open && !afterBlank && IsWrapped && _kind == BlockKind.Paragraph)
            {
                return LineKind.Text;
            }

            return line.Kind;
        }

        private bool ShouldJoin(SourceLine line, LineKind kind, bool afterBlank)
        {
            if (_kind == BlockKind.Heading || kind is not LineKind.Text)
            {
                return false;
            }

            var previous = original.AsSpan(_last.ContentStart, _last.Length);
            var startsLower = char.IsLower(original[line.ContentStart]);
            var hyphenated = EndsInWordHyphen(previous) && char.IsLetterOrDigit(original[line.ContentStart]);
            if (!afterBlank)
            {
                if (_kind == BlockKind.ListItem && !IsWrapped)
                {
                    return startsLower && !EndsWithTerminal(previous);
                }

                return IsWrapped || hyphenated || (startsLower && !EndsWithTerminal(previous));
            }

            // A blank line inside a paragraph is a page break when the paragraph visibly runs on: it goes on in lower
            // case after no final punctuation, or (hard-wrapped) its last line is a full line without final punctuation.
            if (_kind != BlockKind.Paragraph || EndsWithTerminal(previous))
            {
                return false;
            }

            return startsLower || hyphenated
                || (IsWrapped && _lineCount >= 2 && _last.Length >= PageBreakWidthShare * wrapWidth!.Value);
        }

        private void Open(SourceLine line, LineKind kind)
        {
            _open = true;
            _firstLineKind = kind;
            _kind = kind switch
            {
                LineKind.MarkdownHeading or LineKind.NumberedHeading => BlockKind.Heading,
                LineKind.Bullet => BlockKind.ListItem,
                _ => BlockKind.Paragraph,
            };
            if (output.Length > 0)
            {
                output.Append('\n');
                map.Add(_last.LineEnd);
            }

            _blockStart = output.Length;
            _firstLine = line.Number;
            _lineCount = 0;
            Append(line, joining: false);
        }

        private void Append(SourceLine line, bool joining)
        {
            var from = line.Kind is LineKind.MarkdownHeading || (line.Kind == LineKind.Bullet && _lineCount == 0)
                ? line.MarkerEnd
                : line.ContentStart;
            if (joining)
            {
                AppendJoint(line);
            }

            var lastWasSpace = output.Length > _blockStart && output[^1] == ' ';
            for (var i = from; i < line.ContentEnd; i++)
            {
                var c = original[i];
                if (CharacterClasses.IsInvisible(c))
                {
                    continue;
                }

                c = CharacterClasses.Unify(c);
                if (c == ' ')
                {
                    if (lastWasSpace)
                    {
                        continue;
                    }

                    lastWasSpace = true;
                }
                else
                {
                    lastWasSpace = false;
                }

                output.Append(c);
                map.Add(i);
            }

            _last = line;
            _lineCount++;
        }

        private void AppendJoint(SourceLine line)
        {
            var previous = original.AsSpan(_last.ContentStart, _last.Length);
            var next = original[line.ContentStart];
            if (EndsInWordHyphen(previous) && char.IsLetterOrDigit(next))
            {
                if (char.IsLower(next) && char.IsLetter(previous[^2]))
                {
                    // "nego-/tiations": the hyphen only split the word.
                    output.Length--;
                    map.RemoveLast();
                }

                return;
            }

            output.Append(' ');
            map.Add(_last.LineEnd);
        }

        private void Close(bool followedByBlank)
        {
            if (!_open)
            {
                return;
            }

            var span = TextSpan.FromBounds(_blockStart, output.Length);
            var kind = _kind;
            if (kind == BlockKind.Paragraph && _lineCount == 1 && followedByBlank && _firstLineKind == LineKind.Text
                && span.Length <= MaximumHeadingLength && !EndsWithTerminal(output.ToString(span.Start, span.Length)))
            {
                kind = BlockKind.Heading;
            }

            blocks.Add(new TextBlock(span, kind, _firstLine, _last.Number));
            _open = false;
        }

        private static bool EndsInWordHyphen(ReadOnlySpan<char> text) =>
            text.Length >= 2 && CharacterClasses.Unify(text[^1]) == '-' && char.IsLetterOrDigit(text[^2]);
    }

    [GeneratedRegex(@"^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:Page|page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^\f+$")]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"\G#{1,6}[ \t]+")]
    private static partial Regex MarkdownHeadingMark();

    [GeneratedRegex(@"\G(?:[-*+•]|\d{1,2}[.)])[ \t]+")]
    private static partial Regex BulletMark();

    [GeneratedRegex(@"^\d{1,2}\.?\s+\p{Lu}")]
    private static partial Regex NumberedHeading();
}
