using Xunit;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;

namespace Briefings.Layout.Tests.Text;

public sealed class ParagraphSettingTests
{
    private const string Sample =
        "The dispute concerns Etorofu, Kunashiri, Shikotan and the Habomai islets. The islands were occupied by Soviet forces " +
        "between 28 August and 5 September 1945, after the Soviet Union entered the war against Japan. Japan maintains that " +
        "the islands are an inherent part of its territory, never held by any other country before 1945.";

    [Fact]
    public void Justified_lines_fill_the_frame_except_the_last()
    {
        var paragraph = Paragraph(Sample, TextAlignment.Justify);
        var canvas = Draw(paragraph, 300);
        var lines = canvas.Texts.GroupBy(text => text.Baseline).ToList();
        Assert.True(lines.Count >= 4);
        foreach (var line in lines.SkipLast(1))
        {
            var right = line.Max(text => text.X + text.Width);
            Assert.InRange(right, 299.5, 300.01);
        }

        Assert.True(lines[^1].Max(text => text.X + text.Width) < 290);
    }

    [Fact]
    public void Total_fit_uses_no_more_lines_than_first_fit_and_no_line_is_too_wide()
    {
        var paragraph = Paragraph(Sample, TextAlignment.Left);
        var canvas = Draw(paragraph, 240);
        Assert.All(canvas.Texts, text => Assert.True(text.X + text.Width <= 240.01, $"'{text.Text}' ends at {text.X + text.Width}"));
        Assert.Equal(Words(Sample), canvas.Texts.Select(text => text.Text).SelectMany(Words));
    }

    [Fact]
    public void A_word_wider_than_the_frame_is_hyphenated_and_nothing_else_is()
    {
        const string word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        var paragraph = Paragraph($"A long word {word} ends here.", TextAlignment.Justify);
        var lines = paragraph.LineTexts(80);
        var hyphenated = lines.Where(line => line.EndsWith('-')).ToList();
        Assert.NotEmpty(hyphenated);
        Assert.All(hyphenated, line => Assert.DoesNotContain("long", line, StringComparison.Ordinal));
        var rejoined = string.Concat(lines.Select(line => line.EndsWith('-') ? line[..^1] : line + " ")).Trim();
        Assert.Equal($"A long word {word} ends here.", rejoined);
        var canvas = Draw(paragraph, 80);
        Assert.All(canvas.Texts, text => Assert.True(text.X + text.Width <= 80.01));
    }

    [Fact]
    public void A_hard_break_ends_the_line()
    {
        var lines = Paragraph("first line\nsecond line", TextAlignment.Justify).LineTexts(400);
        Assert.Equal(["first line", "second line"], lines);
    }

    [Fact]
    public void Shaping_applies_ligatures_and_kerning_and_caches_words()
    {
        var context = TestFonts.NewContext();
        var face = TestFonts.Carlito.Regular;
        var shaped = context.Shape(face, "office");
        Assert.True(shaped.Glyphs.Length < "office".Length, "the ffi ligature should make fewer glyphs than characters");
        Assert.Same(shaped, context.Shape(face, "office"));
        var pair = context.Shape(face, "AV").AdvanceUnits;
        var apart = context.Shape(face, "A").AdvanceUnits + context.Shape(face, "V").AdvanceUnits;
        Assert.True(pair < apart, "A and V should be kerned closer");
    }

    [Fact]
    public void A_character_no_font_has_is_reported_with_its_origin()
    {
        var context = TestFonts.NewContext();
        var paragraph = new ParagraphElement([new TextSpan("Курильские 𓀀", TestFonts.Body) { Origin = new TextOrigin(12, 3) }], new ParagraphStyle(), context);
        Draw(paragraph, 300);
        var warning = Assert.Single(context.Warnings);
        Assert.Contains("U+13000", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new TextOrigin(12, 3), warning.Origin);
    }

    [Fact]
    public void Characters_the_body_font_lacks_come_from_the_fallback_fonts()
    {
        var paragraph = Paragraph("Greek Ελλάδα and arrows →", TextAlignment.Left);
        var fonts = Draw(paragraph, 400).Texts.Select(text => text.Font).Distinct().ToList();
        Assert.Contains("Caladea-Regular", fonts);
    }

    internal static ParagraphElement Paragraph(string text, TextAlignment alignment) =>
        new([new TextSpan(text, TestFonts.Body)], new ParagraphStyle(alignment), TestFonts.NewContext());

    internal static Drawing.RecordedPage Draw(Element element, double width)
    {
        var canvas = new Drawing.RecordingCanvas();
        canvas.BeginPage(new Geometry.Size(width, 2000));
        element.Draw(canvas, 0, 0, new LayoutSpace(width, 2000, true));
        canvas.EndPage();
        return canvas.Pages[0];
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
