using System.Runtime.CompilerServices;
using Briefings.Layout.Fonts;
using Briefings.Layout.Text;
using Xunit;

namespace Briefings.Layout.Tests.Text;

/// <summary>A break item is kept per word for a whole document: small, and it gives back exactly what it was made of.</summary>
public sealed class BreakItemTests
{
    private static readonly TextShaper Shaper = new();

    [Fact]
    public void An_item_is_32_bytes() => Assert.Equal(32, Unsafe.SizeOf<BreakItem>());

    [Fact]
    public void A_box_gives_back_its_fragments_in_order()
    {
        var one = Fragment("Etorofu");
        var several = new[] { Fragment("Kuna"), Fragment("shir"), Fragment("!") };

        var single = BreakItem.Box([one], 0, 7);
        var joined = BreakItem.Box(several, 0, 9);
        var empty = BreakItem.Box([], 3, 3);

        Assert.Equal([one], Items(single.Fragments));
        Assert.Equal(one.Width, single.Width);
        Assert.Equal(several, Items(joined.Fragments));
        Assert.Equal(several.Sum(fragment => fragment.Width), joined.Width, 9);
        Assert.Empty(Items(empty.Fragments));
        Assert.Null(single.Space);
    }

    [Fact]
    public void Glue_holds_its_space_and_no_fragments()
    {
        var space = Fragment(" ");
        var glue = BreakItem.WordSpace(3.5, space, 12);

        Assert.Same(space, glue.Space);
        Assert.Empty(Items(glue.Fragments));
        Assert.Equal((12, 13), (glue.Start, glue.End));
        Assert.Equal(1.75, glue.Stretch(ragged: false));
        Assert.Equal(0, glue.Stretch(ragged: true));
        Assert.True(BreakItem.FillGlue().IsFill);
        Assert.False(glue.IsFill);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(50, true)]
    [InlineData(BreakItem.Infinite, false)]
    [InlineData(-BreakItem.Infinite, false)]
    public void A_penalty_keeps_its_cost_flag_and_hyphen(double cost, bool flagged)
    {
        var hyphen = Fragment("-");
        var penalty = BreakItem.Penalty(cost, flagged, flagged ? hyphen : null);

        Assert.Equal(cost, penalty.Cost);
        Assert.Equal(flagged, penalty.Flagged);
        Assert.Equal(cost <= -BreakItem.Infinite, penalty.IsForcedBreak);
        Assert.Equal(flagged ? [hyphen] : [], Items(penalty.Fragments));
        Assert.Equal(flagged ? hyphen.Width : 0, penalty.Width);
        Assert.Null(penalty.Space);
    }

    private static TextFragment Fragment(string text) =>
        new(Shaper.Shape(TestFonts.Caladea.Regular, text), new TextSpan(text, TestFonts.Body));

    private static List<TextFragment> Items(BreakFragments fragments)
    {
        var items = new List<TextFragment>();
        foreach (var fragment in fragments)
        {
            items.Add(fragment);
        }

        Assert.Equal(items.Count, fragments.Count);
        return items;
    }
}
