using System.Text;
using Briefings.Core.Diagnostics;

namespace Briefings.Core.Extraction.Text;

/// <summary>
/// A source document normalised for reading by rules (see <see cref="SourceTextBuilder"/>): hard-wrapped lines
/// joined into paragraphs, page-break artifacts and stray spaces removed, hyphenation across line ends rejoined,
/// quotes and apostrophes unified. Every character of <see cref="Text"/> maps back to the line and column of the
/// original file it came from (an inserted joining space maps to the end of the line it replaces).
/// </summary>
public sealed class SourceText
{
    private readonly OffsetMap _map;
    private readonly int[] _lineStarts;
    private string? _searchText;

    private SourceText(string name, string original)
    {
        Name = name;
        Original = original;
        var (text, map, blocks, lineStarts, wrapWidth) = SourceTextBuilder.Build(original);
        Text = text;
        _map = map;
        Blocks = blocks;
        _lineStarts = lineStarts;
        WrapWidth = wrapWidth;
    }

    /// <summary>The file name used in locations (e.g. <c>seeds/001_….txt</c>).</summary>
    public string Name { get; }

    public string Original { get; }

    /// <summary>The normalised text: blocks separated by '\n', no other line breaks.</summary>
    public string Text { get; }

    public IReadOnlyList<TextBlock> Blocks { get; }

    /// <summary>The typical line length of a hard-wrapped file; null when lines are paragraphs.</summary>
    public int? WrapWidth { get; }

    public bool IsHardWrapped => WrapWidth is not null;

    public int LineCount => _lineStarts.Length;

    public static SourceText Load(string path, string? name = null) =>
        new(name ?? Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8));

    public static SourceText Parse(string original, string name)
    {
        ArgumentNullException.ThrowIfNull(original);
        return new SourceText(name, original);
    }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The index in <see cref="Original"/> that the normalised character at <paramref name="index"/> came from.</summary>
    public int OriginalIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Text.Length);
        return index == Text.Length ? Original.Length : _map.Original(index);
    }

    /// <summary>1-based line and column in the original file of the normalised character at <paramref name="index"/>.</summary>
    public (int Line, int Column) LineColumn(int index) => LineColumnOfOriginal(OriginalIndex(index));

    public SourceLocation Locate(int index)
    {
        var (line, column) = LineColumn(index);
        return new SourceLocation(Name, line, column);
    }

    public (int Line, int Column) LineColumnOfOriginal(int originalIndex)
    {
        var line = Array.BinarySearch(_lineStarts, originalIndex);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, originalIndex - _lineStarts[line] + 1);
    }

    /// <summary>The normalised span of the characters that came from original line <paramref name="line"/> (1-based), if any.</summary>
    public TextSpan? SpanOfLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return null;
        }

        var from = _lineStarts[line - 1];
        var to = line < _lineStarts.Length ? _lineStarts[line] : Original.Length + 1;
        var first = _map.LowerBound(from);
        var last = _map.LowerBound(to);
        return last > first ? TextSpan.FromBounds(first, last) : null;
    }

    /// <summary>
    /// Every place the quote occurs, after normalising it like the source (quotes, hyphens, spaces). Matching is
    /// ordinal first, then ignoring case when that finds nothing; the boundary between blocks counts as a space and
    /// any dash matches any other, as the facts loader allows.
    /// </summary>
    public IReadOnlyList<TextSpan> FindAll(string quote)
    {
        var needle = SearchForm(NormaliseFragment(quote));
        if (needle.Length == 0)
        {
            return [];
        }

        _searchText ??= SearchForm(Text);
        var found = Find(needle, StringComparison.Ordinal);
        return found.Count > 0 ? found : Find(needle, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A fragment (a quote, a name) normalised the way the source text is: unified characters, single spaces, trimmed.</summary>
    public static string NormaliseFragment(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        var builder = new StringBuilder(fragment.Length);
        var lastWasSpace = true;
        foreach (var raw in fragment)
        {
            if (CharacterClasses.IsInvisible(raw))
            {
                continue;
            }

            var c = raw is '\n' or '\r' ? ' ' : CharacterClasses.Unify(raw);
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Same length as the input, so indices carry over: block breaks become spaces, dashes hyphens.</summary>
    private static string SearchForm(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\n' ? ' ' : CharacterClasses.IsDash(c) ? '-' : c;
            }
        });

    private List<TextSpan> Find(string needle, StringComparison comparison)
    {
        var found = new List<TextSpan>();
        for (var at = _searchText!.IndexOf(needle, comparison); at >= 0; at = _searchText.IndexOf(needle, at + 1, comparison))
        {
            found.Add(new TextSpan(at, needle.Length));
        }

        return found;
    }
}
