using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using Xunit;

namespace Briefings.Layout.Tests.Text;

public sealed class FontFallbackTests
{
    [Fact]
    public void A_glyph_with_no_width_is_not_used_and_the_regular_face_of_the_family_sets_it()
    {
        // Caladea Italic maps the middle dot to a glyph 4/1000 em wide: it would print on top of the next space.
        Assert.False(TestFonts.Caladea.Italic.Covers('·'));
        Assert.True(TestFonts.Caladea.Regular.Covers('·'));
        var context = TestFonts.NewContext();
        var paragraph = new ParagraphElement([new TextSpan("1904 · 2 events", TestFonts.Body with { Italic = true })], new ParagraphStyle(TextAlignment.Left), context);

        var texts = ParagraphSettingTests.Draw(paragraph, 400).Texts.ToList();

        var dot = Assert.Single(texts, text => text.Text == "·");
        Assert.Equal("Caladea-Regular", dot.Font);
        Assert.True(dot.Width > 1, $"the dot is {dot.Width} pt wide");
        var year = Assert.Single(texts, text => text.Text == "1904");
        var two = Assert.Single(texts, text => text.Text == "2");
        Assert.Equal(dot.X - (year.X + year.Width), two.X - (dot.X + dot.Width), 2);
        Assert.Empty(context.Warnings);
    }

    [Theory]
    [InlineData('·', false)]
    [InlineData('a', true)]
    [InlineData(0x1F600, false)]
    [InlineData(0x0301, true)]
    public void Coverage_is_the_same_when_asked_again(int codepoint, bool covered)
    {
        // The answer is remembered per character after the first ask: the second must not differ.
        var face = TestFonts.Caladea.Italic;
        Assert.Equal(covered, face.Covers(codepoint));
        Assert.Equal(covered, face.Covers(codepoint));
    }

    [Fact]
    public void Combining_marks_with_no_width_still_count_as_covered()
    {
        Assert.True(TestFonts.Caladea.Regular.Covers('\u0301'));
    }
}
