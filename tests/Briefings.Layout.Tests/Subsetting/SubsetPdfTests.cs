using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.Tests.PdfFile;
using Briefings.Testing.ExternalTools;
using Xunit;

namespace Briefings.Layout.Tests.Subsetting;

/// <summary>Subset fonts drawn through the engine's PDF writer: small files whose text still extracts.</summary>
public sealed class SubsetPdfTests
{
    private const string Sentence = "Hello from the Northern Territories";

    private static FontFace Carlito => TestFonts.Carlito.Regular;

    private static FontFace Caladea => TestFonts.Caladea.Regular;

    /// <summary>Shapes <paramref name="text"/> with the engine's shaper, as layout does.</summary>
    private static ShapedRun Shape(FontFace face, string text) => TestFonts.Library.Shaper.Shape(face, text);

    /// <summary>
    /// Draws <paramref name="run"/> on one page. With <paramref name="subset"/> the writer is told what the page
    /// uses and embeds a subset; without, the font is not listed and goes in whole.
    /// </summary>
    private static byte[] Draw(ShapedRun run, bool subset = true) =>
        TestPdf.Render(1, (canvas, _) => canvas.DrawText(run, 72, 100, 14, Color.Black, 0), subsetFonts: subset);

    private static string Extract(byte[] pdf, string name) => PdfToText.Extract(TestPdf.WriteTemp(pdf, name)).Trim();

    [ToolFact(PdfToText.Tool, PdfFonts.Tool)]
    public void Pdf_with_a_subset_of_a_large_font_is_tens_of_kilobytes_and_its_text_extracts()
    {
        var fullPdf = Draw(Shape(Carlito, Sentence), subset: false);
        var subsetPdf = Draw(Shape(Carlito, Sentence));
        var path = TestPdf.WriteTemp(subsetPdf, "carlito-subset");

        Assert.True(fullPdf.Length > 200_000, $"full-font PDF is {fullPdf.Length} bytes: does the writer subset fonts it was not told the usage of?");
        Assert.True(subsetPdf.Length < 40_000, $"subset PDF is {subsetPdf.Length} bytes (full font: {fullPdf.Length})");
        Assert.Equal(Sentence, PdfToText.Extract(path).Trim());
        var font = Assert.Single(PdfFonts.List(path));
        Assert.Contains("Carlito", font.Name, StringComparison.Ordinal);
        Assert.True(font.Embedded, "font embedded");
        Assert.True(font.Subset, "font marked as subset");
        Assert.True(font.HasToUnicode, "font has a ToUnicode map");
    }

    [ToolFact(PdfToText.Tool, PdfFonts.Tool)]
    public void Pdf_with_a_subset_of_the_body_font_is_smaller_than_with_the_whole_font()
    {
        var fullPdf = Draw(Shape(Caladea, Sentence), subset: false);
        var subsetPdf = Draw(Shape(Caladea, Sentence));
        var path = TestPdf.WriteTemp(subsetPdf, "caladea-subset");

        Assert.True(subsetPdf.Length * 2 < fullPdf.Length, $"subset PDF {subsetPdf.Length} bytes vs full-font PDF {fullPdf.Length} bytes");
        Assert.Equal(Sentence, PdfToText.Extract(path).Trim());
        var font = Assert.Single(PdfFonts.List(path));
        Assert.True(font.Embedded && font.Subset && font.HasToUnicode, font.ToString());
    }

    /// <summary>
    /// A ligature glyph the cmap gives a character (U+FB01) reads as that character through the ToUnicode map, which
    /// is what readers that ignore marked content see (PdfPig); its cluster's letters come in an /ActualText span,
    /// which poppler uses, so copy and search see "fi".
    /// </summary>
    [ToolFact(PdfToText.Tool)]
    public void Ligatures_formed_by_shaping_extract_as_their_letters_and_map_to_their_unicode_form()
    {
        const string text = "The office filed the first fluent report";
        Assert.True(Carlito.HarfBuzz.TryGetNominalGlyph(0xFB01, out var fi), "Carlito maps U+FB01");

        var run = Shape(Carlito, text);
        var pdf = Draw(run);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = string.Concat(document.GetPage(1).Letters.Select(letter => letter.Value));

        Assert.Contains((ushort)fi, run.Glyphs);
        Assert.Equal(text, Extract(pdf, "carlito-ligatures"));
        Assert.Contains("\uFB01", letters, StringComparison.Ordinal);
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), Ligatures.Expand(letters).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>
    /// Carlito also ligates "ft", a glyph no character maps to, so the font cannot say what it reads as. The
    /// engine's shaper avoids such ligatures where it can; a run that has one anyway (HarfBuzz left to its
    /// defaults) must still extract: the writer's ToUnicode map reads the glyph as the letters it was drawn for.
    /// </summary>
    [ToolFact(PdfToText.Tool)]
    public void Ligatures_without_a_code_point_extract_as_their_letters()
    {
        const string text = "The first draft was filed after the office closed";
        var ligated = ShapeWithEveryLigature(Carlito, text);
        Assert.Contains(ligated.Glyphs, glyph => !Carlito.CharacterOfGlyph.ContainsKey(glyph));

        var pdf = Draw(ligated);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = string.Concat(document.GetPage(1).Letters.Select(letter => letter.Value));

        Assert.Equal(text, Extract(Draw(Shape(Carlito, text)), "engine-shaping"));
        Assert.Equal(text, Extract(pdf, "every-ligature"));
        Assert.Contains("ft", letters, StringComparison.Ordinal);
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), Ligatures.Expand(letters).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [ToolFact(PdfToText.Tool)]
    public void Ligature_characters_in_the_text_extract_as_their_letters()
    {
        const string text = "The \uFB01rst \uFB02oor";

        var extracted = Extract(Draw(Shape(Caladea, text)), "caladea-ligatures");

        Assert.Equal("The first floor", Ligatures.Expand(extracted));
    }

    [Fact]
    public void Pdf_with_the_subset_reads_back_in_PdfPig()
    {
        const string text = "Shikotan and the Habomai islets, five official files";

        using var document = UglyToad.PdfPig.PdfDocument.Open(Draw(Shape(Carlito, text)));
        var letters = Ligatures.Expand(string.Concat(document.GetPage(1).Letters.Select(letter => letter.Value)));

        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), letters.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>HarfBuzz's glyphs with the font's default features, unlike <see cref="TextShaper"/>, which drops ligatures no character maps to.</summary>
    private static ShapedRun ShapeWithEveryLigature(FontFace face, string text) => TextShaper.ShapeWith(face, text, [], rightToLeft: false);
}
