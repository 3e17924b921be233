using Xunit;
using Briefings.Layout.Text;

namespace Briefings.Layout.Tests.Text;

public sealed class LineBreakRulesTests
{
    [Theory]
    [InlineData("well-known", 4)]
    [InlineData("and/or", 3)]
    [InlineData("1990–2000", 4)]
    [InlineData("a\u200Bb", 1)]
    public void Breaks_after_hyphens_dashes_slashes_and_zero_width_spaces(string text, int index) =>
        Assert.True(LineBreakRules.BreaksAfter(text)[index]);

    [Theory]
    [InlineData("-5")]
    [InlineData("1/2")]
    [InlineData("(word)")]
    [InlineData("word,")]
    [InlineData("19\u00A0October")]
    public void Does_not_break_inside_numbers_brackets_or_at_no_break_spaces(string text) =>
        Assert.DoesNotContain(true, LineBreakRules.BreaksAfter(text)[..^1]);

    [Fact]
    public void Breaks_between_ideographs_but_not_before_closing_punctuation()
    {
        var breaks = LineBreakRules.BreaksAfter("日本語。");
        Assert.True(breaks[0]);
        Assert.True(breaks[1]);
        Assert.False(breaks[2]);
    }
}
