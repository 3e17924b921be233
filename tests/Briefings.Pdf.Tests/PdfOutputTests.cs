using Briefings.Testing.ExternalTools;
using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Pdf.Tests;

public sealed class PdfOutputTests
{
    private const string Simple = """
        ---
        title: Reading order
        subtitle: Text extraction
        dossier: Test dossier
        as_of: 8 April 2025
        classification: UNCLASSIFIED
        ---

        ## First section

        Officials refine their offices' positions and affirm the effectiveness of the fishery agreements.[^1]

        ## Second section

        The 1956 Joint Declaration ended the state of war, see [the first section](#first-section) and [the ministry](https://www.mofa.go.jp/).

        [^1]: A note at the foot of the page.
        """;

    [Fact]
    public void Text_reads_back_in_reading_order()
    {
        var output = Render.Markdown(Simple);

        var text = Assert.Single(PdfReading.PageTexts(output.Content));

        string[] expected =
        [
            "TEST DOSSIER", "Reading order", "Text extraction", "As of 8 April 2025",
            "First section", "Officials refine their offices' positions and affirm the effectiveness of the fishery agreements.1",
            "Second section", "The 1956 Joint Declaration ended the state of war, see the first section and the ministry.",
            "1 A note at the foot of the page.", "UNCLASSIFIED", "Page 1 of 1",
        ];
        var position = 0;
        foreach (var part in expected)
        {
            var found = text.IndexOf(PdfReading.Normalise(part), position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' not found in order in: {text}");
            position = found + part.Length;
        }
    }

    [Fact]
    public void Metadata_comes_from_the_front_matter_and_the_fixed_date()
    {
        var output = Render.Markdown(Simple);

        using var document = PdfDocument.Open(output.Content);
        Assert.Equal("Reading order", document.Information.Title);
        Assert.Equal("Briefings", document.Information.Creator);
        Assert.Equal("Briefings", document.Information.Producer);
        Assert.Equal(1, output.PageCount);
        Assert.Equal(document.NumberOfPages, output.PageCount);
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Information.CreationDate ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_uri_annotations_for_web_and_mail_and_destinations_for_anchors()
    {
        var syntax = PdfReading.Syntax(Render.Sample().Content);

        Assert.Contains("/URI (https://www.mofa.go.jp/region/europe/russia/territory/index.html)", syntax, StringComparison.Ordinal);
        Assert.Contains("/URI (mailto:briefings@example.org)", syntax, StringComparison.Ordinal);
        Assert.DoesNotContain("/URI (ftp:", syntax, StringComparison.Ordinal);
        Assert.Contains("/Dest /chronology", syntax, StringComparison.Ordinal);
        Assert.Contains("/Dest /fn-1", syntax, StringComparison.Ordinal);
        Assert.Contains("/Dests", syntax, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_feed_the_outline()
    {
        var output = Render.Sample();

        using var document = PdfDocument.Open(output.Content);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(node => node.Title).ToList();
        Assert.Contains("Background", titles);
        Assert.Contains("Chronology", titles);
        Assert.Contains("Positions at a glance", titles);
    }

    [Fact]
    public void Identical_input_gives_identical_bytes_also_as_pdfa()
    {
        Assert.Equal(Render.Sample().Content, Render.Sample().Content);
        var pdfA = Render.Theme with { PdfA = true };
        var first = Render.Sample(theme: pdfA).Content;
        Assert.Equal(first, Render.Sample(theme: pdfA).Content);
        Assert.Contains("pdfaid", PdfReading.Syntax(first), StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_no_font_has_is_a_warning_with_its_location()
    {
        var output = Render.Sample();

        var warning = Assert.Single(output.Diagnostics, diagnostic => diagnostic.Code == "BRF-PDF-001");
        Assert.Contains("U+13000", warning.Message, StringComparison.Ordinal);
        Assert.Equal("everything.md", warning.Location?.File);
        Assert.True(warning.Location?.Line > 50);
    }

    [Fact]
    public void Every_construct_of_the_sample_shows_its_text()
    {
        var text = string.Join(' ', PdfReading.PageTexts(Render.Sample().Content));

        foreach (var part in new[]
        {
            "JAPAN–RUSSIA TERRITORIAL DISPUTE", "The Southern Kurils in Brief", "Key points", "Positions at a glance",
            "Inherent territory of Japan", "Etorofu / Iturup", "3,168", "Treaty of Shimoda", "The treaty names eighteen islands",
            "Kuril Islands", "summary of the 1993 talks", "Discrepancy between sources", "inline code", "struck text",
            "and the rest of the line", "ftp://example.org", "Ελλάδα", "Курильские острова", "briefings build treaty-summary",
            "Annex: sources", "Ministry of Foreign Affairs of Japan", "Page 3 of 3", "ligatures such as ffi and fl",
        })
        {
            Assert.Contains(PdfReading.Normalise(part), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("# The Southern Kurils", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explicit_page_break_puts_the_annex_on_its_own_page()
    {
        var pages = PdfReading.PageTexts(Render.Sample().Content);

        Assert.StartsWith("The Southern Kurils in Brief UNCLASSIFIED Annex: sources", pages[^1], StringComparison.Ordinal);
    }

    [ToolFact(Qpdf.Tool)]
    public void Qpdf_finds_no_problem()
    {
        var path = PdfReading.TempFile(Render.Sample().Content, "qpdf");
        var result = Qpdf.Check(path);
        Assert.True(result.IsClean, result.ToString());
    }

    [ToolFact(PdfFonts.Tool)]
    public void Every_font_is_embedded_subset_and_mapped_to_unicode()
    {
        var path = PdfReading.TempFile(Render.Sample().Content, "fonts");
        var fonts = PdfFonts.List(path);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded && font.Subset && font.HasToUnicode, font.ToString()));
    }

    [ToolFact(PdfToText.Tool)]
    public void Poppler_reads_the_words_ligatures_included()
    {
        var path = PdfReading.TempFile(Render.Sample().Content, "poppler");
        var text = PdfReading.Normalise(PdfToText.Extract(path, layout: true));
        Assert.Contains("Positions at a glance", text, StringComparison.Ordinal);
        Assert.Contains("refine their offices", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subset_fonts_keep_a_one_page_briefing_small()
    {
        var output = Render.Markdown(Simple);
        Assert.True(output.Content.Length < 120_000, $"{output.Content.Length} bytes");
    }
}
