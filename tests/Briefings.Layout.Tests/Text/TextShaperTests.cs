using Briefings.Layout.Fonts;
using Xunit;

namespace Briefings.Layout.Tests.Text;

public sealed class TextShaperTests
{
    [Fact]
    public void A_word_looked_up_by_its_characters_is_the_run_shaped_for_its_string()
    {
        var shaper = new TextShaper();
        var face = TestFonts.Caladea.Regular;
        var sentence = "The Shikotan and Habomai islands";

        var fromCharacters = shaper.Shape(face, sentence.AsSpan(4, 8));
        var fromString = shaper.Shape(face, "Shikotan");

        Assert.Same(fromCharacters, fromString);
        Assert.Equal("Shikotan", fromCharacters.Text);
        Assert.Equal(1, shaper.CachedRuns);
    }

    [Fact]
    public void Runs_are_kept_apart_by_font_and_direction()
    {
        var shaper = new TextShaper();
        var word = "Kunashir".AsSpan();

        var regular = shaper.Shape(TestFonts.Caladea.Regular, word);
        var bold = shaper.Shape(TestFonts.Caladea.Bold, word);
        var rightToLeft = shaper.Shape(TestFonts.Caladea.Regular, word, rightToLeft: true);

        Assert.Same(TestFonts.Caladea.Regular, regular.Face);
        Assert.Same(TestFonts.Caladea.Bold, bold.Face);
        Assert.NotSame(regular, rightToLeft);
        Assert.Equal(3, shaper.CachedRuns);
        Assert.Equal(regular.Glyphs.Reverse(), rightToLeft.Glyphs);
    }
}
