using Briefings.Core.Markdown;
using Briefings.Layout.PdfFile;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefings.Pdf;

/// <summary>
/// The headings of a briefing as the outline and the contents block list them, read from the Markdig tree before
/// the body is laid out (the contents come first, and the body is laid out block by block as paging reaches it).
/// <see cref="Blocks.HeadingRenderer"/> decides with the same <see cref="Entry"/> which headings it anchors, so
/// every entry leads to a destination and the two can never disagree.
/// </summary>
public static class DocumentOutline
{
    /// <summary>The entries of the body's headings in document order; the notes' headings are not the briefing's.</summary>
    public static IReadOnlyList<OutlineEntry> Of(MarkdownDocument document, string? title)
    {
        var entries = new List<OutlineEntry>();
        var titleSeen = false;
        Collect(document, title, ref titleSeen, entries);
        return entries;
    }

    /// <summary>
    /// What a heading contributes: nothing when it repeats the title (the first level-1 heading that does is left to
    /// the title block, and <paramref name="titleSeen"/> records it), or has no text or no id to point to; otherwise
    /// its entry, at its level clamped to 1–4.
    /// </summary>
    public static OutlineEntry? Entry(HeadingBlock heading, string? title, ref bool titleSeen, out bool repeatsTitle)
    {
        var level = Math.Clamp(heading.Level, 1, 4);
        var text = PlainText.Of(heading.Inline);
        repeatsTitle = level == 1 && !titleSeen && title is not null && string.Equals(text, title.Trim(), StringComparison.Ordinal);
        if (repeatsTitle)
        {
            titleSeen = true;
            return null;
        }

        return text.Length > 0 && heading.TryGetAttributes()?.Id is { Length: > 0 } id ? new OutlineEntry(text, id, level) : null;
    }

    private static void Collect(ContainerBlock container, string? title, ref bool titleSeen, List<OutlineEntry> entries)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case FootnoteGroup:
                    continue;
                case HeadingBlock heading when Entry(heading, title, ref titleSeen, out _) is { } entry:
                    entries.Add(entry);
                    break;
                case ContainerBlock child:
                    Collect(child, title, ref titleSeen, entries);
                    break;
            }
        }
    }
}
