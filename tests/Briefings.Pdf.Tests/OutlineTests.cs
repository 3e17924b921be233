using Briefings.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Xunit;

namespace Briefings.Pdf.Tests;

/// <summary>
/// The outline is read from the Markdig tree before the body is laid out (the contents come first, the body is laid
/// out block by block): its entries must be the headings the body anchors, each leading to its own page.
/// </summary>
public sealed class OutlineTests
{
    /// <summary>The snapshot files of the shipped briefings' Markdown, by file name.</summary>
    public static TheoryData<string> ShippedBriefings() => [.. ShippedBriefingMarkdown.Files().Select(path => Path.GetFileName(path))];

    private static List<(string Title, int Page)> Bookmarks(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        if (!document.TryGetBookmarks(out var bookmarks))
        {
            return [];
        }

        var entries = new List<(string, int)>();
        void Add(BookmarkNode node)
        {
            entries.Add((node.Title, Assert.IsType<DocumentBookmarkNode>(node).PageNumber));
            foreach (var child in node.Children)
            {
                Add(child);
            }
        }

        foreach (var root in bookmarks.Roots)
        {
            Add(root);
        }

        return entries;
    }

    [Theory]
    [MemberData(nameof(ShippedBriefings))]
    public void Every_heading_the_body_anchors_is_a_bookmark_on_the_page_that_shows_it(string snapshot)
    {
        var briefings = ShippedBriefingMarkdown.Briefings(Path.Combine(ShippedBriefingMarkdown.Folder, snapshot)).ToList();
        Assert.NotEmpty(briefings);
        var seen = 0;
        foreach (var (name, markdown) in briefings)
        {
            var document = Render.Document(markdown, name);
            var output = Render.Renderer.Render(document);

            var expected = DocumentOutline.Of(document.Syntax, document.Info.Title).Select(entry => entry.Title).ToList();
            var bookmarks = Bookmarks(output.Content);
            Assert.Equal(expected, bookmarks.Select(bookmark => bookmark.Title));
            var pages = PdfReading.PageTexts(output.Content);
            Assert.All(bookmarks, bookmark => Assert.Contains(bookmark.Title, pages[bookmark.Page - 1], StringComparison.Ordinal));
            seen += bookmarks.Count;
        }

        Assert.True(seen > 0, "the briefings of this snapshot have headings to compare");
    }

    [Fact]
    public void A_heading_s_footnote_mark_stays_in_the_heading_but_not_in_its_contents_entry_or_bookmark()
    {
        var output = Render.Markdown("---\ntitle: Marks\ntoc: true\n---\n\n# Background[^1]\n\nText.\n\n# Positions\n\nMore.\n\n[^1]: A note on the background.\n");

        Assert.Equal([("Background", 1), ("Positions", 1)], Bookmarks(output.Content));
        var page = PdfReading.PageTexts(output.Content)[0];
        Assert.Contains("Contents Background 1 Positions 1", page, StringComparison.Ordinal);
        Assert.Contains("Background1 Text.", page, StringComparison.Ordinal);
        Assert.Contains("1 A note on the background.", page, StringComparison.Ordinal);
    }
}
