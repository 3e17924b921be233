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
        foreach (var literal in document.Descendants<LiteralInline>().ToArray())
        {
            if (literal.Content.ToString() == Joiner && literal.PreviousSibling is FootnoteLink && literal.NextSibling is FootnoteLink)
            {
                literal.Remove();
            }
        }
    }

    // Between "]" closing a footnote reference and "[^" opening the next one.
    [GeneratedRegex(@"(?<=\[\^[^\[\]\s]+\])(?=\[\^[^\[\]\s]+\])")]
    private static partial Regex Adjacent();
}
