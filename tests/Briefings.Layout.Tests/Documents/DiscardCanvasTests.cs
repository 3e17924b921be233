using Briefings.Layout.Drawing;
using Briefings.Layout.Geometry;
using Xunit;

namespace Briefings.Layout.Tests.Documents;

public sealed class DiscardCanvasTests
{
    [Fact]
    public void Font_usage_is_every_glyph_and_code_point_drawn_sorted_and_once()
    {
        var context = TestFonts.NewContext();
        var regular = TestFonts.Caladea.Regular;
        var canvas = new DiscardCanvas();
        var first = context.Shape(regular, "Zebra été");
        var second = context.Shape(regular, "abe");
        canvas.BeginPage(new Size(100, 100));
        canvas.DrawText(first, 0, 10, 10, Color.Black, 0);
        canvas.DrawText(second, 0, 20, 10, Color.Black, 0);
        canvas.DrawText(first, 0, 30, 10, Color.Black, 0);

        var (face, usage) = Assert.Single(canvas.FontsUsed);
        Assert.Same(regular, face);
        Assert.Equal(first.Glyphs.Concat(second.Glyphs).Distinct().Order(), usage.Glyphs);
        Assert.Equal("Zebra été".EnumerateRunes().Select(rune => rune.Value).Distinct().Order(), usage.Codepoints);
    }

    [Fact]
    public void Fonts_are_listed_in_the_order_first_used()
    {
        var context = TestFonts.NewContext();
        var canvas = new DiscardCanvas();
        canvas.DrawText(context.Shape(TestFonts.Carlito.Bold, "B"), 0, 0, 10, Color.Black, 0);
        canvas.DrawText(context.Shape(TestFonts.Caladea.Regular, "A"), 0, 0, 10, Color.Black, 0);
        canvas.DrawText(context.Shape(TestFonts.Carlito.Bold, "C"), 0, 0, 10, Color.Black, 0);

        Assert.Equal([TestFonts.Carlito.Bold, TestFonts.Caladea.Regular], canvas.FontsUsed.Select(font => font.Face));
    }
}
