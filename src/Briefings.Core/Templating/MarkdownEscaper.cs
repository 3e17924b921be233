using System.Text;

namespace Briefings.Core.Templating;

/// <summary>
/// Makes any text safe to place in Markdown: whatever a fact says, it stays text and never changes the
/// document's structure (no emphasis, links, HTML, table cells, headings, list items, containers,
/// attributes, footnotes, autolinks). Line breaks become spaces because facts are prose and a newline could
/// end a table row or start a block. A web or mail address in a fact stays text too: the pipeline's
/// autolinks would otherwise make it a link (and show <c>mailto:a@b.org</c> as <c>a@b.org</c>); links come
/// only from the <c>link</c> function, which admits http, https and mailto.
/// </summary>
public static class MarkdownEscaper
{
    // Characters that can start inline structure anywhere in a line; '#' too, because a heading drops a
    // trailing "#" sequence as its closing marker.
    private const string InlineSpecials = "\\`*_[]<>|~^{}&!#";

    // Characters that start a block only at the beginning of a line. Values are escaped as if they
    // began a line, because the template decides where they land.
    private const string LeadingSpecials = "+-=>:";

    private static readonly string[] AutolinkSchemes = ["http", "https", "ftp", "mailto", "tel"];

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var listMarkerDot = FindOrderedListMarker(text);

        // Made at the first character that changes: most values are plain prose and are returned as they are.
        StringBuilder? builder = null;
        var atStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append(' ');
                continue;
            }

            if ((atStart && LeadingSpecials.Contains(c)) || InlineSpecials.Contains(c) || i == listMarkerDot || EndsAutolinkPrefix(text, i))
            {
                builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                builder.Append('\\');
            }

            builder?.Append(c);
            atStart = atStart && c == ' ';
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// Whether the character at <paramref name="index"/> completes what Markdig's autolinks look for:
    /// the ':' of <c>http:</c>, <c>https:</c>, <c>ftp:</c>, <c>mailto:</c>, <c>tel:</c> or the '.' of <c>www.</c>,
    /// at the start of a word. Escaping that one character keeps the text and stops the link.
    /// </summary>
    private static bool EndsAutolinkPrefix(string text, int index)
    {
        var c = text[index];
        if (c is not (':' or '.'))
        {
            return false;
        }

        var start = index;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            return false;
        }

        // Compared in place: this runs for every full stop of every value a template writes.
        var word = text.AsSpan(start, index - start);
        if (c == '.')
        {
            return word.Equals("www", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var scheme in AutolinkSchemes)
        {
            if (word.Equals(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "1956. The year…" at the start of a value would become an ordered list item: returns the index of
    /// the '.' or ')' to escape, or -1.
    /// </summary>
    private static int FindOrderedListMarker(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > start && end - start <= 9 && end < text.Length && text[end] is '.' or ')' ? end : -1;
    }
}
