using System.Text;
using Briefings.Core.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefings.Docx;

/// <summary>
/// Every heading of a document with the bookmark it gets, known before rendering starts so that links to
/// headings further down and the table of contents can point at them.
/// </summary>
internal sealed class HeadingCatalog
{
    /// <summary>Word ignores bookmark names longer than this.</summary>
    private const int MaximumBookmarkLength = 40;

    private readonly Dictionary<HeadingBlock, HeadingEntry> byBlock = [];
    private readonly Dictionary<string, string> bookmarkByIdentifier = new(StringComparer.Ordinal);

    public HeadingCatalog(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Collect(document, used);
    }

    public List<HeadingEntry> Entries { get; } = [];

    public HeadingEntry? Find(HeadingBlock heading) => byBlock.GetValueOrDefault(heading);

    public string? BookmarkFor(string identifier) => bookmarkByIdentifier.GetValueOrDefault(identifier);

    private void Collect(ContainerBlock container, HashSet<string> used)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case FootnoteGroup:
                    continue;
                case HeadingBlock heading when heading.TryGetAttributes()?.Id is { Length: > 0 } identifier:
                    var entry = new HeadingEntry(heading.Level, identifier, UniqueBookmark(identifier, used), PlainText.Of(heading.Inline));
                    byBlock[heading] = entry;
                    bookmarkByIdentifier.TryAdd(identifier, entry.Bookmark);
                    Entries.Add(entry);
                    break;
                case ContainerBlock child:
                    Collect(child, used);
                    break;
            }
        }
    }

    /// <summary>Bookmark names must start with a letter and hold only letters, digits and underscores.</summary>
    private static string UniqueBookmark(string identifier, HashSet<string> used)
    {
        var name = new StringBuilder(identifier.Length + 2);
        foreach (var character in identifier)
        {
            name.Append(char.IsAsciiLetterOrDigit(character) ? character : '_');
        }

        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            name.Insert(0, "h_");
        }

        var stem = name.Length > MaximumBookmarkLength - 4 ? name.ToString(0, MaximumBookmarkLength - 4) : name.ToString();
        var candidate = stem;
        for (var suffix = 2; !used.Add(candidate); suffix++)
        {
            candidate = $"{stem}_{suffix}";
        }

        return candidate;
    }
}
