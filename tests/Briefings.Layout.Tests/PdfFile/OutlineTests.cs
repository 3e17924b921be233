using System.Text;
using System.Text.Json;
using Briefings.Layout.PdfFile;
using Briefings.Testing.ExternalTools;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>The document outline (bookmarks) the PDF writer writes over the named destinations drawn.</summary>
public sealed class OutlineTests
{
    private static readonly Lazy<byte[]> WithOutline = new(() => OutlineSamples.Render(outline: OutlineSamples.Entries));

    private static IReadOnlyList<BookmarkNode> Bookmarks(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks), "PdfPig finds no bookmarks");
        return bookmarks.Roots;
    }

    [ToolFact(Qpdf.Tool)]
    public void Pdf_with_an_outline_passes_qpdf_check_without_warnings()
    {
        var check = Qpdf.Check(TestPdf.WriteTemp(WithOutline.Value, "outline"));

        Assert.True(check.IsClean, check.ToString());
    }

    [ToolFact(Qpdf.Tool)]
    public void Qpdf_sees_the_outline_nested_and_pointing_at_the_right_pages()
    {
        using var json = Qpdf.Json(TestPdf.WriteTemp(WithOutline.Value, "outline-json"), "outlines");

        var tree = Describe(json.RootElement.GetProperty("outlines"));

        Assert.Equal(
            [
                "Overview -> page 1",
                "Background -> page 1",
                "  The 1956 Joint Declaration (Moscow) -> page 2",
                "Positions \u2014 \u5317\u65B9\u9818\u571F / \u041A\u0443\u0440\u0438\u043B\u044B -> page 3",
                "  Japan -> page 3",
            ],
            tree);
    }

    [Fact]
    public void PdfPig_reads_the_bookmarks_with_titles_levels_and_pages()
    {
        var roots = Bookmarks(WithOutline.Value);

        Assert.Equal(["Overview", "Background", OutlineSamples.Entries[3].Title], roots.Select(node => node.Title));
        Assert.All(roots, node => Assert.Equal(0, node.Level));
        Assert.Empty(roots[0].Children);
        var declaration = Assert.IsType<DocumentBookmarkNode>(Assert.Single(roots[1].Children));
        Assert.Equal("The 1956 Joint Declaration (Moscow)", declaration.Title);
        Assert.Equal(2, declaration.PageNumber);
        Assert.Equal([1, 1, 3], roots.Cast<DocumentBookmarkNode>().Select(node => node.PageNumber));
        var japan = Assert.IsType<DocumentBookmarkNode>(Assert.Single(roots[2].Children));
        Assert.Equal(("Japan", 3, 1), (japan.Title, japan.PageNumber, japan.Level));
    }

    [Fact]
    public void Named_destinations_resolve_to_the_positions_drawn()
    {
        var roots = Bookmarks(WithOutline.Value);
        var background = Assert.IsType<DocumentBookmarkNode>(roots[1]);
        var declaration = Assert.IsType<DocumentBookmarkNode>(Assert.Single(roots[1].Children));

        // The writer writes /XYZ left top with y measured from the page bottom: 842 − (baseline − 14). The
        // declaration's name has spaces and parentheses, so this also checks bookmark and destination agree on
        // the ASCII-safe spelling of the name.
        Assert.Equal(72, background.Destination.Coordinates.Left);
        Assert.Equal(TestPdf.PageSize.Height - (OutlineSamples.FirstBaseline + 200 - OutlineSamples.DestinationAboveBaseline), background.Destination.Coordinates.Top);
        Assert.Equal(72, declaration.Destination.Coordinates.Left);
        Assert.Equal(TestPdf.PageSize.Height - (OutlineSamples.FirstBaseline - OutlineSamples.DestinationAboveBaseline), declaration.Destination.Coordinates.Top);
    }

    [Fact]
    public void A_skipped_level_nests_under_the_nearest_shallower_entry()
    {
        var roots = Bookmarks(OutlineSamples.Render(outline: [new("Part", "overview", 1), new("Deep", "background", 4), new("Deeper", "positions", 5), new("Middle", "positions-japan", 2)]));

        var part = Assert.Single(roots);
        Assert.Equal(["Deep", "Middle"], part.Children.Select(node => node.Title));
        Assert.Equal("Deeper", Assert.Single(part.Children[0].Children).Title);
    }

    [Theory]
    [InlineData(@"Article 9 (and \ the) ""dispute"" ) (")]
    [InlineData("Итуруп / 択捉島 — the \U0001F5FE question (1956)")]
    public void Titles_with_pdf_string_delimiters_or_beyond_ascii_round_trip(string title)
    {
        var roots = Bookmarks(OutlineSamples.Render(outline: [new(title, "overview", 1)]));

        Assert.Equal(title, Assert.Single(roots).Title);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        Assert.Equal(OutlineSamples.Render(outline: OutlineSamples.Entries), OutlineSamples.Render(outline: OutlineSamples.Entries));
    }

    [Fact]
    public void No_entries_write_no_outline()
    {
        // The catalog is a plain object, never compressed, so its keys can be searched for in the bytes.
        Assert.Contains("/Outlines", Encoding.Latin1.GetString(WithOutline.Value), StringComparison.Ordinal);

        foreach (var pdf in new[] { OutlineSamples.Render(), OutlineSamples.Render(outline: []) })
        {
            Assert.DoesNotContain("/Outlines", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
            using var document = PdfDocument.Open(pdf);
            Assert.False(document.TryGetBookmarks(out _), "PdfPig finds bookmarks in a file written without any");
        }
    }

    [ToolFact(Qpdf.Tool)]
    public void Outline_on_a_pdfa_document_keeps_the_catalog_metadata()
    {
        var pdf = OutlineSamples.Render(pdfA: true, outline: OutlineSamples.Entries);
        var path = TestPdf.WriteTemp(pdf, "outline-pdfa");

        Assert.True(Qpdf.Check(path).IsClean);
        using var json = Qpdf.Json(path, "outlines");
        Assert.Equal(5, Describe(json.RootElement.GetProperty("outlines")).Count);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetXmpMetadata(out _), "XMP metadata reachable from the catalog");
        Assert.True(document.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.OutputIntents), "catalog has /OutputIntents");
    }

    [Fact]
    public void A_destination_the_document_does_not_define_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => OutlineSamples.Render(outline: [new("Overview", "overview", 1), new("Missing", "no-such-anchor", 2)]));

        Assert.Contains("'Missing' → 'no-such-anchor'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'Overview'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outline_over_a_document_without_destinations_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => TestPdf.Render(1, (_, _) => { }, outline: [new("Overview", "overview", 1)]));

        Assert.Contains("'Overview' → 'overview'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Levels_below_one_are_rejected(int level)
    {
        var error = Assert.Throws<ArgumentException>(() => OutlineSamples.Render(outline: [new("Overview", "overview", level)]));

        Assert.Contains($"level {level}", error.Message, StringComparison.Ordinal);
    }

    /// <summary>qpdf's outline JSON as indented "title -> page" lines.</summary>
    private static List<string> Describe(JsonElement outlines, int depth = 0)
    {
        var lines = new List<string>();
        foreach (var item in outlines.EnumerateArray())
        {
            lines.Add($"{new string(' ', depth * 2)}{item.GetProperty("title").GetString()} -> page {item.GetProperty("destpageposfrom1").GetInt32()}");
            lines.AddRange(Describe(item.GetProperty("kids"), depth + 1));
        }

        return lines;
    }
}
