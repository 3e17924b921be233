using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Core.Markdown;

/// <summary>
/// Keeps both notes of <c>[^1][^2]</c>. Markdig reads that as one full reference link, "^1" labelled "^2", and
/// the first note silently disappears from the tree: citations side by side are the norm in a briefing. Before
/// parsing, a word joiner (U+2060) goes between adjacent references, which breaks the link syntax; after parsing,
/// those joiners are removed again, so renderers see the references next to each other, as written.
/// Line numbers are unchanged; columns after an inserted joiner are off by one.
/// </summary>
internal static class AdjacentFootnoteReferences
{
    private const string Joiner = "\u2060";

    /// <summary>
    /// Puts a joiner wherever a reference <c>[^label]</c> is followed at once by another (a label is one or more
    /// characters other than brackets and white space). A scan for "][^" rather than a regular expression with a
    /// look-behind: a long chronology has tens of thousands of references.
    /// </summary>
    public static string Separate(string markdown)
    {
        List<int>? joins = null;
        for (var at = markdown.IndexOf("][^", StringComparison.Ordinal); at >= 0; at = markdown.IndexOf("][^", at + 1, StringComparison.Ordinal))
        {
            if (ClosesReference(markdown, at) && OpensReference(markdown, at + 1))
            {
                (joins ??= []).Add(at + 1);
            }
        }

        // Written straight into the result: a long briefing's Markdown is megabytes, and every copy of it in
        // between would be one more allocation on the large-object heap, which costs a full collection.
        return joins is null ? markdown : string.Create(markdown.Length + joins.Count, (markdown, joins), static (result, state) =>
        {
            var (text, at) = state;
            var copied = 0;
            var written = 0;
            foreach (var join in at)
            {
                text.AsSpan(copied, join - copied).CopyTo(result[written..]);
                written += join - copied;
                result[written++] = Joiner[0];
                copied = join;
            }

            text.AsSpan(copied).CopyTo(result[written..]);
        });
    }

    public static void RemoveJoiners(MarkdownDocument document)
    {
        // The siblings are tested first and the text without making a string of it: this visits every literal
        // of the document, and a 10,000-event chronology has hundreds of thousands.
        foreach (var literal in document.Descendants<LiteralInline>().ToArray())
        {
            if (literal.PreviousSibling is FootnoteLink && literal.NextSibling is FootnoteLink
                && literal.Content.Length == Joiner.Length && literal.Content.CurrentChar == Joiner[0])
            {
                literal.Remove();
            }
        }
    }

    /// <summary>Whether the "]" at <paramref name="close"/> ends "[^label]".</summary>
    private static bool ClosesReference(string text, int close)
    {
        var start = close;
        while (start > 0 && IsLabelCharacter(text[start - 1]))
        {
            start--;
        }

        // The run holds "^" and at least one character of the label, and "[" comes before it.
        return close - start >= 2 && text[start] == '^' && start > 0 && text[start - 1] == '[';
    }

    /// <summary>Whether "[^label]" starts at <paramref name="open"/>.</summary>
    private static bool OpensReference(string text, int open)
    {
        var end = open + 2;
        while (end < text.Length && IsLabelCharacter(text[end]))
        {
            end++;
        }

        return end > open + 2 && end < text.Length && text[end] == ']';
    }

    private static bool IsLabelCharacter(char c) => c is not ('[' or ']') && !char.IsWhiteSpace(c);
}
