using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Testing.ExternalTools;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>
/// A font with CFF outlines (an OpenType file starting "OTTO"), which the TrueType subsetter leaves to HarfBuzz
/// and the writer embeds as a CIDFontType0 over the OpenType program: read back by tools we did not write.
/// </summary>
public sealed class CompactFontTests
{
    private const string FreeSerif = "/usr/share/fonts/opentype/freefont/FreeSerif.otf";
    private const string Text = "Habomai and Shikotan, affirmed in 1956: \u00E9t\u00E9";

    [SystemFontFact(FreeSerif, PdfFonts.Tool, PdfToText.Tool, Qpdf.Tool)]
    public void A_cff_font_is_embedded_subset_and_reads_back()
    {
        var fonts = new FontLibrary();
        var face = fonts.Load(FreeSerif);
        Assert.Equal("OTTO"u8.ToArray(), face.Data[..4]);
        var run = fonts.Shaper.Shape(face, Text);

        var result = TestPdf.Write(1, (canvas, _) => canvas.DrawText(run, 72, 100, 14, Color.Black, 0));
        var path = TestPdf.WriteTemp(result.Content, "cff");

        Assert.Empty(result.Warnings);
        var font = Assert.Single(PdfFonts.List(path));
        Assert.Contains("FreeSerif", font.Name, StringComparison.Ordinal);
        Assert.True(font.Embedded && font.Subset && font.HasToUnicode, font.ToString());
        Assert.Equal("CID Type 0C (OT)", font.Type);

        // What the file says, not only what poppler guesses from the program: CFF outlines are a CIDFontType0
        // over FontFile3/OpenType (ISO 32000-1 §9.9), with no CIDToGIDMap (that belongs to TrueType).
        var syntax = System.Text.Encoding.Latin1.GetString(result.Content);
        Assert.Contains("/Subtype/CIDFontType0/", syntax, StringComparison.Ordinal);
        Assert.Contains("/FontFile3 ", syntax, StringComparison.Ordinal);
        Assert.Contains("/Subtype/OpenType", syntax, StringComparison.Ordinal);
        Assert.DoesNotContain("/CIDToGIDMap", syntax, StringComparison.Ordinal);
        Assert.True(result.Content.Length < face.Data.Length / 4, $"{result.Content.Length} bytes for a {face.Data.Length}-byte font: not subset");
        Assert.Equal(Text, Ligatures.Expand(PdfToText.Extract(path).Trim()));
        Assert.True(Qpdf.Check(path).IsClean);

        using var document = UglyToad.PdfPig.PdfDocument.Open(result.Content);
        Assert.Equal(Text.Replace(" ", string.Empty, StringComparison.Ordinal), Ligatures.Expand(string.Concat(document.GetPage(1).Letters.Select(letter => letter.Value))).Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
