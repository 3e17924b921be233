using System.Text.Json;
using Briefings.Layout.PdfFile;
using Briefings.Testing.ExternalTools;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

public sealed class AppendOutlineTests
{
    private static readonly Lazy<byte[]> Plain = new(() => OutlineSamples.Render());

    private static byte[] WithOutline(byte[]? pdf = null) => PdfPostProcessor.AppendOutline(pdf ?? Plain.Value, OutlineSamples.Entries);

    private static IReadOnlyList<BookmarkNode> Bookmarks(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks), "PdfPig finds no bookmarks");
        return bookmarks.Roots;
    }

    [ToolFact(Qpdf.Tool)]
    public void Pdf_with_an_outline_passes_qpdf_check_without_warnings()
    {
        var check = Qpdf.Check(TestPdf.WriteTemp(WithOutline(), "outline"));

        Assert.True(check.IsClean, check.ToString());
    }

    [ToolFact(Qpdf.Tool)]
    public void Qpdf_sees_the_outline_nested_and_pointing_at_the_right_pages()
    {
        using var json = Qpdf.Json(TestPdf.WriteTemp(WithOutline(), "outline-json"), "outlines");

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
        var roots = Bookmarks(WithOutline());

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
    public void Named_destinations_resolve_to_the_positions_skia_recorded()
    {
        var roots = Bookmarks(WithOutline());
        var background = Assert.IsType<DocumentBookmarkNode>(roots[1]);

        // Skia writes /XYZ left top with y measured from the page bottom: 842 − (300 − 14).
        Assert.Equal(72, background.Destination.Coordinates.Left);
        Assert.Equal(842 - 286, background.Destination.Coordinates.Top);
    }

    [Fact]
    public void A_skipped_level_nests_under_the_nearest_shallower_entry()
    {
        var roots = Bookmarks(PdfPostProcessor.AppendOutline(Plain.Value, [new("Part", "overview", 1), new("Deep", "background", 4), new("Deeper", "positions", 5), new("Middle", "positions-japan", 2)]));

        var part = Assert.Single(roots);
        Assert.Equal(["Deep", "Middle"], part.Children.Select(node => node.Title));
        Assert.Equal("Deeper", Assert.Single(part.Children[0].Children).Title);
    }

    [Fact]
    public void Titles_with_pdf_string_delimiters_round_trip()
    {
        const string title = @"Article 9 (and \ the) ""dispute"" ) (";

        var roots = Bookmarks(PdfPostProcessor.AppendOutline(Plain.Value, [new(title, "overview", 1)]));

        Assert.Equal(title, Assert.Single(roots).Title);
    }

    [Fact]
    public void The_update_is_appended_after_the_original_bytes()
    {
        var pdf = WithOutline();

        Assert.True(pdf.AsSpan().StartsWith(Plain.Value), "original bytes are kept as a prefix");
        var update = System.Text.Encoding.Latin1.GetString(pdf, Plain.Value.Length, pdf.Length - Plain.Value.Length);
        Assert.Contains("/PageMode /UseOutlines", update, StringComparison.Ordinal);
        Assert.Contains("/Dest /joint#20declaration#20#281956#29", update, StringComparison.Ordinal);
        Assert.Contains("/Prev ", update, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", update, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        Assert.Equal(WithOutline(), WithOutline());
    }

    [Fact]
    public void No_entries_returns_the_input_unchanged()
    {
        Assert.Same(Plain.Value, PdfPostProcessor.AppendOutline(Plain.Value, []));
    }

    [ToolFact(Qpdf.Tool)]
    public void Replacing_an_outline_with_a_second_update_keeps_the_file_clean()
    {
        var twice = PdfPostProcessor.AppendOutline(WithOutline(), [new("Only entry", "positions", 1)]);

        Assert.True(Qpdf.Check(TestPdf.WriteTemp(twice, "outline-twice")).IsClean);
        Assert.Equal(["Only entry"], Bookmarks(twice).Select(node => node.Title));
    }

    [ToolFact(Qpdf.Tool)]
    public void Outline_on_a_pdfa_document_keeps_the_catalog_metadata()
    {
        var pdf = PdfPostProcessor.AppendOutline(OutlineSamples.Render(pdfA: true), OutlineSamples.Entries);
        var path = TestPdf.WriteTemp(pdf, "outline-pdfa");

        Assert.True(Qpdf.Check(path).IsClean);
        using var json = Qpdf.Json(path, "outlines");
        Assert.Equal(5, Describe(json.RootElement.GetProperty("outlines")).Count);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetXmpMetadata(out _), "XMP metadata still reachable from the catalog");
    }

    [Fact]
    public void A_destination_the_pdf_does_not_define_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => PdfPostProcessor.AppendOutline(Plain.Value, [new("Overview", "overview", 1), new("Missing", "no-such-anchor", 2)]));

        Assert.Contains("'Missing' → 'no-such-anchor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_without_named_destinations_is_rejected()
    {
        var pdf = TestPdf.Render(1, (_, _) => { });

        var error = Assert.Throws<ArgumentException>(() => PdfPostProcessor.AppendOutline(pdf, [new("Overview", "overview", 1)]));

        Assert.Contains("DrawNamedDestinationAnnotation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Levels_below_one_are_rejected(int level)
    {
        Assert.Throws<ArgumentException>(() => PdfPostProcessor.AppendOutline(Plain.Value, [new("Overview", "overview", level)]));
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_are_rejected_with_a_structure_error()
    {
        var error = Assert.Throws<PdfStructureException>(() => PdfPostProcessor.AppendOutline("hello, world"u8.ToArray(), OutlineSamples.Entries));

        Assert.Contains("startxref", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_rejected_with_a_structure_error()
    {
        var truncated = Plain.Value.AsSpan(0, Plain.Value.Length - 300).ToArray();

        Assert.Throws<PdfStructureException>(() => PdfPostProcessor.AppendOutline(truncated, OutlineSamples.Entries));
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
