using System.Text.RegularExpressions;
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
internal static partial class AdjacentFootnoteReferences
{
    private const string Joiner = "\u2060";

    public static string Separate(string markdown) =>
        markdown.Contains("][^", StringComparison.Ordinal) ? Adjacent().Replace(markdown, Joiner) : markdown;

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

    // Between "]" closing a footnote reference and "[^" opening the next one.
    [GeneratedRegex(@"(?<=\[\^[^\[\]\s]+\])(?=\[\^[^\[\]\s]+\])")]
    private static partial Regex Adjacent();
}
