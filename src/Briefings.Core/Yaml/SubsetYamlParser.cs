using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Core.Yaml;

/// <summary>
/// A parser for the YAML the facts are written in, line by line: a root block mapping, nested block mappings and
/// sequences, and on one line each plain, single- or double-quoted scalars and flow collections, with comments. It
/// gives the events YamlDotNet's <see cref="Parser"/> gives for such text (same values, styles and start positions),
/// at about a tenth of the cost: YamlDotNet's scanner was half the loading of a 10,000-event dossier. Anything else
/// (block scalars, anchors, aliases, tags, directives, empty values, a scalar over several lines, quoted keys, tabs,
/// line breaks other than LF and CRLF, and every malformed line) throws <see cref="YamlSubsetExceededException"/>, and
/// the caller reads the text again with YamlDotNet, which decides: the subset only ever accepts what YamlDotNet reads
/// the same way (tests compare the two on the shipped facts and on thousands of damaged copies).
/// </summary>
internal sealed class SubsetYamlParser(TextReader input) : IParser
{
    private readonly Queue<ParsingEvent> events = new();
    private readonly List<(bool IsSequence, int Indent)> open = [];
    private readonly StringBuilder escaped = new();
    private string line = string.Empty;
    private int lineNumber;
    private long lineStart;
    private bool documentStarted;
    private bool finished;

    // The last line ended with "key:" or "-" and nothing after: its value is a block on the lines that follow.
    private bool awaitingBlock;
    private bool awaitingAfterKey;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (lineNumber == 0 && !documentStarted && events.Count == 0 && Current is null)
        {
            events.Enqueue(new StreamStart(At(1, 1), At(1, 1)));
        }

        while (events.Count == 0)
        {
            if (finished)
            {
                return false;
            }

            ReadLine();
        }

        Current = events.Dequeue();
        return true;
    }

    private static YamlSubsetExceededException Exceeded() => new();

    private Mark At(int lineAt, int column) => new(Math.Max(0, lineStart + column - 1), lineAt, column);

    private Mark Here(int index) => At(lineNumber, index + 1);

    private void ReadLine()
    {
        var next = input.ReadLine();
        if (next is null)
        {
            Finish();
            return;
        }

        lineStart += line.Length + (lineNumber == 0 ? 0 : 1);
        line = next;
        lineNumber++;
        foreach (var c in line)
        {
            // Characters YAML treats as breaks or forbids, and any whose column YamlDotNet might count otherwise.
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\uFEFF' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                throw Exceeded();
            }
        }

        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        if (indent == line.Length || line[indent] == '#')
        {
            return;
        }

        if (indent == 0 && line[0] is '-' or '.' or '%' && (line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal) || line[0] == '%'))
        {
            throw Exceeded();
        }

        var isItem = line[indent] == '-' && (indent + 1 == line.Length || line[indent + 1] == ' ');
        Place(indent, isItem);
        if (isItem)
        {
            Item(indent);
        }
        else
        {
            Entry(indent);
        }
    }

    /// <summary>Closes the blocks this line leaves and opens the one it starts, or refuses a line that fits no block.</summary>
    private void Place(int indent, bool isItem)
    {
        if (!documentStarted)
        {
            if (indent != 0 || isItem)
            {
                throw Exceeded();
            }

            documentStarted = true;
            events.Enqueue(new DocumentStart(null, null, true, Here(0), Here(0)));
            Open(isSequence: false, indent);
            return;
        }

        if (awaitingBlock)
        {
            var parent = open[^1];
            var sameIndentSequence = awaitingAfterKey && isItem && !parent.IsSequence && indent == parent.Indent;
            if (indent <= parent.Indent && !sameIndentSequence)
            {
                // An empty value: YamlDotNet's own place for it is left to YamlDotNet.
                throw Exceeded();
            }

            awaitingBlock = false;
            Open(isItem, indent);
            return;
        }

        while (open.Count > 1)
        {
            var top = open[^1];
            var parent = open[^2];
            if (top.Indent > indent || (top.IsSequence && !isItem && top.Indent == indent && !parent.IsSequence && parent.Indent == indent))
            {
                Close();
            }
            else
            {
                break;
            }
        }

        var current = open[^1];
        if (current.Indent != indent || current.IsSequence != isItem)
        {
            throw Exceeded();
        }
    }

    private void Open(bool isSequence, int indent)
    {
        events.Enqueue(isSequence
            ? new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, Here(indent), Here(indent))
            : new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, Here(indent), Here(indent)));
        open.Add((isSequence, indent));
    }

    private void Close()
    {
        var (isSequence, _) = open[^1];
        open.RemoveAt(open.Count - 1);
        var at = Here(0);
        events.Enqueue(isSequence ? new SequenceEnd(at, at) : new MappingEnd(at, at));
    }

    private void Finish()
    {
        if (!documentStarted || awaitingBlock)
        {
            throw Exceeded();
        }

        lineStart += line.Length + 1;
        lineNumber++;
        while (open.Count > 0)
        {
            Close();
        }

        var end = Here(0);
        events.Enqueue(new DocumentEnd(true, end, end));
        events.Enqueue(new StreamEnd(end, end));
        finished = true;
    }

    /// <summary>A sequence item, "- value" or "- key: value" (a mapping whose keys line up with that key).</summary>
    private void Item(int indent)
    {
        var at = SkipSpaces(indent + 1);
        if (at == line.Length || line[at] == '#')
        {
            awaitingBlock = true;
            awaitingAfterKey = false;
            return;
        }

        if (KeyEnd(at) > 0)
        {
            Open(isSequence: false, at);
            Entry(at);
            return;
        }

        at = BlockValue(at);
        EndOfLine(at);
    }

    /// <summary>A mapping entry, "key: value" or "key:" with its value on the lines below.</summary>
    private void Entry(int indent)
    {
        var colon = KeyEnd(indent);
        if (colon < 0)
        {
            throw Exceeded();
        }

        events.Enqueue(PlainScalar(line[indent..colon], indent, colon, isKey: true));
        var at = SkipSpaces(colon + 1);
        if (at == line.Length || line[at] == '#')
        {
            awaitingBlock = true;
            awaitingAfterKey = true;
            return;
        }

        at = BlockValue(at);
        EndOfLine(at);
    }

    /// <summary>Where the colon of a plain key starting at <paramref name="at"/> is ("key: " or "key:" at the end), or -1.</summary>
    private int KeyEnd(int at)
    {
        var end = at;
        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] is '_' or '-'))
        {
            end++;
        }

        var isKey = end > at && line[at] != '-' && end < line.Length && line[end] == ':' && (end + 1 == line.Length || line[end + 1] == ' ');
        return isKey ? end : -1;
    }

    private int BlockValue(int at) => line[at] switch
    {
        '"' or '\'' or '[' or '{' => Node(at),
        _ => BlockPlain(at),
    };

    /// <summary>A plain scalar in block context: to the end of the line or a comment, never a key of its own.</summary>
    private int BlockPlain(int at)
    {
        StartsPlain(at);
        var end = at;
        while (end < line.Length && !(line[end] == '#' && line[end - 1] == ' '))
        {
            if (line[end] == ':' && (end + 1 == line.Length || line[end + 1] == ' '))
            {
                throw Exceeded();
            }

            end++;
        }

        return Plain(at, end);
    }

    /// <summary>A node on one line: a quoted scalar, a flow collection, or (in a flow collection) a plain scalar.</summary>
    private int Node(int at)
    {
        if (at >= line.Length)
        {
            throw Exceeded();
        }

        return line[at] switch
        {
            '"' => DoubleQuoted(at),
            '\'' => SingleQuoted(at),
            '[' => FlowCollection(at, isMapping: false),
            '{' => FlowCollection(at, isMapping: true),
            _ => FlowPlain(at),
        };
    }

    /// <summary>A flow sequence or mapping on one line: nodes (in a mapping, after a plain key), comma-separated.</summary>
    private int FlowCollection(int at, bool isMapping)
    {
        var close = isMapping ? '}' : ']';
        events.Enqueue(isMapping
            ? new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, Here(at), Here(at + 1))
            : new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, Here(at), Here(at + 1)));
        var next = SkipSpaces(at + 1);
        var empty = next < line.Length && line[next] == close;
        while (!empty)
        {
            if (isMapping)
            {
                var colon = KeyEnd(next);
                if (colon < 0 || colon + 1 == line.Length)
                {
                    throw Exceeded();
                }

                events.Enqueue(PlainScalar(line[next..colon], next, colon, isKey: true));
                next = SkipSpaces(colon + 1);
            }

            next = SkipSpaces(Node(next));
            if (next >= line.Length)
            {
                throw Exceeded();
            }

            if (line[next] == close)
            {
                break;
            }

            next = line[next] == ',' ? SkipSpaces(next + 1) : throw Exceeded();
        }

        events.Enqueue(isMapping ? new MappingEnd(Here(next), Here(next + 1)) : new SequenceEnd(Here(next), Here(next + 1)));
        return next + 1;
    }

    /// <summary>A plain scalar in a flow collection: up to a comma or bracket; one with a colon or a comment is refused.</summary>
    private int FlowPlain(int at)
    {
        StartsPlain(at);
        var end = at;
        while (end < line.Length && line[end] is not (',' or '[' or ']' or '{' or '}' or ':' or '#'))
        {
            end++;
        }

        if (end == line.Length || line[end] is ':' or '#' or '[' or '{')
        {
            throw Exceeded();
        }

        Plain(at, end);
        return end;
    }

    /// <summary>The plain scalar from <paramref name="at"/> to <paramref name="end"/>, less trailing spaces; returns where it ends.</summary>
    private int Plain(int at, int end)
    {
        var last = end;
        while (line[last - 1] == ' ')
        {
            last--;
        }

        events.Enqueue(PlainScalar(line[at..last], at, last, isKey: false));
        return last;
    }

    /// <summary>Refuses a plain scalar that would start with a character YAML gives a meaning to there.</summary>
    private void StartsPlain(int at)
    {
        if (line[at] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ')
        {
            throw Exceeded();
        }
    }

    private int DoubleQuoted(int at)
    {
        escaped.Clear();
        var run = at + 1;
        for (var index = at + 1; index < line.Length; index++)
        {
            var c = line[index];
            if (c == '"')
            {
                var value = escaped.Length == 0 ? line[(at + 1)..index] : escaped.Append(line, run, index - run).ToString();
                events.Enqueue(QuotedScalar(value, ScalarStyle.DoubleQuoted, at, index + 1));
                return index + 1;
            }

            if (c == '\\')
            {
                if (index + 1 == line.Length)
                {
                    throw Exceeded();
                }

                escaped.Append(line, run, index - run).Append(Escape(line[index + 1]));
                index++;
                run = index + 1;
            }
        }

        throw Exceeded();
    }

    /// <summary>The common one-character escapes; the others (\x, \u, \N ...) are left to YamlDotNet.</summary>
    private static char Escape(char c) => c switch
    {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '0' => '\0',
        _ => throw Exceeded(),
    };

    private int SingleQuoted(int at)
    {
        escaped.Clear();
        var run = at + 1;
        for (var index = at + 1; index < line.Length; index++)
        {
            if (line[index] != '\'')
            {
                continue;
            }

            if (index + 1 < line.Length && line[index + 1] == '\'')
            {
                escaped.Append(line, run, index + 1 - run);
                index++;
                run = index + 1;
                continue;
            }

            var value = escaped.Length == 0 && run == at + 1 ? line[(at + 1)..index] : escaped.Append(line, run, index - run).ToString();
            events.Enqueue(QuotedScalar(value, ScalarStyle.SingleQuoted, at, index + 1));
            return index + 1;
        }

        throw Exceeded();
    }

    /// <summary>After a value: only spaces, then the end of the line or a comment.</summary>
    private void EndOfLine(int at)
    {
        var next = SkipSpaces(at);
        if (next < line.Length && (line[next] != '#' || next == at))
        {
            throw Exceeded();
        }
    }

    private int SkipSpaces(int at)
    {
        while (at < line.Length && line[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private Scalar PlainScalar(string value, int start, int end, bool isKey) =>
        new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, Here(start), Here(end), isKey);

    private Scalar QuotedScalar(string value, ScalarStyle style, int start, int end) =>
        new(AnchorName.Empty, TagName.Empty, value, style, false, true, Here(start), Here(end));
}
