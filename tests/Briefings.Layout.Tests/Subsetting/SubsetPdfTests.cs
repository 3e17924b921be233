using System.Text;
using Briefings.Layout.Fonts.Subsetting;
using Briefings.Layout.Tests.PdfFile;
using Briefings.Testing.ExternalTools;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Xunit;

namespace Briefings.Layout.Tests.Subsetting;

/// <summary>Subset fonts drawn through Skia's PDF backend: small files whose text still extracts.</summary>
public sealed class SubsetPdfTests
{
    private const string Sentence = "Hello from the Northern Territories";

    /// <summary>
    /// Shapes <paramref name="text"/> with the full font (as the engine does), subsets the font to what shaping
    /// used, and draws the glyph ids with either the full font or the subset.
    /// </summary>
    private static (byte[] Pdf, uint[] Glyphs) Draw(byte[] fontData, string text, bool subset, bool withText = false)
    {
        using var full = SKTypeface.FromData(SKData.CreateCopy(fontData));
        using var shaper = new SKShaper(full);
        using var shapeFont = new SKFont(full, 14);
        var shaped = shaper.Shape(text, shapeFont);
        var glyphs = shaped.Codepoints.Select(glyph => (ushort)glyph).ToArray();
        var codepoints = text.EnumerateRunes().Select(rune => rune.Value).Distinct().ToArray();
        using var drawTypeface = subset ? SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(fontData, codepoints, glyphs))) : null;

        var pdf = TestPdf.Render(1, (canvas, _) =>
        {
            using var drawFont = new SKFont(drawTypeface ?? full, 14);
            using var builder = new SKTextBlobBuilder();
            if (withText)
            {
                var utf8 = Encoding.UTF8.GetBytes(text);
                var run = builder.AllocatePositionedTextRun(drawFont, glyphs.Length, utf8.Length);
                run.SetGlyphs(glyphs);
                run.SetPositions(shaped.Points);
                run.SetText(utf8);
                run.SetClusters(shaped.Clusters);
            }
            else
            {
                builder.AddPositionedRun(glyphs, drawFont, shaped.Points);
            }

            using var blob = builder.Build()!;
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            canvas.DrawText(blob, 72, 100, paint);
        });
        return (pdf, shaped.Codepoints);
    }

    [ToolFact(PdfToText.Tool, PdfFonts.Tool)]
    public void Pdf_with_a_subset_of_a_large_font_is_tens_of_kilobytes_and_its_text_extracts()
    {
        var fullPdf = Draw(SubsetFonts.Carlito, Sentence, subset: false).Pdf;
        var subsetPdf = Draw(SubsetFonts.Carlito, Sentence, subset: true).Pdf;
        var path = TestPdf.WriteTemp(subsetPdf, "carlito-subset");

        Assert.True(fullPdf.Length > 200_000, $"full-font PDF is {fullPdf.Length} bytes: has Skia started subsetting by itself?");
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
        var fullPdf = Draw(SubsetFonts.Caladea, Sentence, subset: false).Pdf;
        var subsetPdf = Draw(SubsetFonts.Caladea, Sentence, subset: true).Pdf;
        var path = TestPdf.WriteTemp(subsetPdf, "caladea-subset");

        Assert.True(subsetPdf.Length * 2 < fullPdf.Length, $"subset PDF {subsetPdf.Length} bytes vs full-font PDF {fullPdf.Length} bytes");
        Assert.Equal(Sentence, PdfToText.Extract(path).Trim());
        var font = Assert.Single(PdfFonts.List(path));
        Assert.True(font.Embedded && font.Subset && font.HasToUnicode, font.ToString());
    }

    [ToolFact(PdfToText.Tool)]
    public void Ligatures_formed_by_shaping_keep_their_unicode_mapping_in_the_subset()
    {
        const string text = "The office filed the first fluent report";
        using var carlito = SKTypeface.FromData(SKData.CreateCopy(SubsetFonts.Carlito));
        using var carlitoFont = new SKFont(carlito);

        var (pdf, glyphs) = Draw(SubsetFonts.Carlito, text, subset: true);
        var extracted = PdfToText.Extract(TestPdf.WriteTemp(pdf, "carlito-ligatures")).Trim();

        Assert.Contains((uint)carlitoFont.GetGlyph(0xFB01), glyphs);
        Assert.Contains("\uFB01", extracted, StringComparison.Ordinal);
        Assert.Equal(text, Ligatures.Expand(extracted));
    }

    /// <summary>
    /// Carlito also ligates "ft", a glyph with no code point: drawn as bare glyph ids it extracts as nothing.
    /// Given the text and HarfBuzz's clusters, Skia marks such clusters with /ActualText and readers recover
    /// the letters, presentation-form ligatures included.
    /// </summary>
    [ToolFact(PdfToText.Tool)]
    public void Ligatures_without_a_code_point_extract_when_the_run_carries_text_and_clusters()
    {
        const string text = "The office filed the first fluent draft";

        var withoutText = PdfToText.Extract(TestPdf.WriteTemp(Draw(SubsetFonts.Carlito, text, subset: true).Pdf, "glyphs-only")).Trim();
        var withText = PdfToText.Extract(TestPdf.WriteTemp(Draw(SubsetFonts.Carlito, text, subset: true, withText: true).Pdf, "with-clusters")).Trim();

        Assert.NotEqual(text, Ligatures.Expand(withoutText));
        Assert.Equal(text, withText);
    }

    [ToolFact(PdfToText.Tool)]
    public void Ligature_characters_in_the_text_extract_as_their_letters()
    {
        const string text = "The \uFB01rst \uFB02oor";

        var (pdf, _) = Draw(SubsetFonts.Caladea, text, subset: true);
        var extracted = PdfToText.Extract(TestPdf.WriteTemp(pdf, "caladea-ligatures")).Trim();

        Assert.Equal("The first floor", Ligatures.Expand(extracted));
    }

    [Fact]
    public void Pdf_with_the_subset_reads_back_in_PdfPig()
    {
        const string text = "Shikotan and the Habomai islets, five official files";

        using var document = UglyToad.PdfPig.PdfDocument.Open(Draw(SubsetFonts.Carlito, text, subset: true).Pdf);
        var letters = Ligatures.Expand(string.Concat(document.GetPage(1).Letters.Select(letter => letter.Value)));

        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), letters.Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
