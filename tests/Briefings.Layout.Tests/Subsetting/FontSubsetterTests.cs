using Briefings.Layout.Fonts.Subsetting;
using SkiaSharp;
using Xunit;

namespace Briefings.Layout.Tests.Subsetting;

public sealed class FontSubsetterTests
{
    private static int[] Codepoints(string text) => text.EnumerateRunes().Select(r => r.Value).Distinct().ToArray();

    private static ushort[] GlyphIds(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        return font.GetGlyphs(text);
    }

    [Fact]
    public void Subset_for_a_word_is_a_small_fraction_of_the_font()
    {
        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("Hello"), []);

        Assert.True(subset.Length * 10 < SubsetFonts.Caladea.Length, $"subset {subset.Length} bytes vs font {SubsetFonts.Caladea.Length} bytes");
    }

    [Fact]
    public void Subset_keeps_the_glyph_ids_of_the_full_font()
    {
        using var full = SKTypeface.FromData(SKData.CreateCopy(SubsetFonts.Caladea));
        var fullGlyphs = GlyphIds(full, "Hello, World");

        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("Hello, World"), fullGlyphs);
        using var reduced = SKTypeface.FromData(SKData.CreateCopy(subset));

        Assert.NotNull(reduced);
        Assert.Equal(full.FamilyName, reduced.FamilyName);
        Assert.True(reduced.GlyphCount > fullGlyphs.Max(), "retained ids reach at least the highest glyph used");
        Assert.Equal(fullGlyphs, GlyphIds(reduced, "Hello, World"));
        Assert.DoesNotContain((ushort)0, fullGlyphs);
    }

    [Fact]
    public void Glyphs_outside_the_subset_are_empty_but_requested_ones_keep_their_outlines()
    {
        using var full = SKTypeface.FromData(SKData.CreateCopy(SubsetFonts.Caladea));
        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("H"), []);
        using var reduced = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var fullFont = new SKFont(full, 12);
        using var reducedFont = new SKFont(reduced, 12);
        var h = fullFont.GetGlyph('H');
        var z = fullFont.GetGlyph('z');

        using var keptPath = reducedFont.GetGlyphPath(h);
        using var droppedPath = reducedFont.GetGlyphPath(z);

        Assert.False(keptPath.IsEmpty);
        Assert.True(droppedPath is null || droppedPath.IsEmpty);
    }

    [Fact]
    public void Glyph_ids_alone_are_enough_to_keep_a_glyph()
    {
        using var full = SKTypeface.FromData(SKData.CreateCopy(SubsetFonts.Caladea));
        using var fullFont = new SKFont(full, 12);
        var q = fullFont.GetGlyph('Q');

        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, [], [q]);
        using var reduced = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var reducedFont = new SKFont(reduced, 12);
        using var path = reducedFont.GetGlyphPath(q);

        Assert.False(path.IsEmpty);
    }

    [Fact]
    public void Ligature_keeps_its_cmap_entry_when_its_components_are_in_the_text()
    {
        using var full = SKTypeface.FromData(SKData.CreateCopy(SubsetFonts.Caladea));
        using var fullFont = new SKFont(full, 12);
        var fiGlyph = fullFont.GetGlyph(0xFB01);
        Assert.NotEqual(0, fiGlyph);

        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("fish"), []);
        using var reduced = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var reducedFont = new SKFont(reduced, 12);

        Assert.Equal(fiGlyph, reducedFont.GetGlyph(0xFB01));
        Assert.Equal(0, reducedFont.GetGlyph(0xFB02));
    }

    [Fact]
    public void Ligature_keeps_its_cmap_entry_when_its_glyph_is_requested()
    {
        using var full = SKTypeface.FromData(SKData.CreateCopy(SubsetFonts.Caladea));
        using var fullFont = new SKFont(full, 12);
        var flGlyph = fullFont.GetGlyph(0xFB02);

        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("a"), [flGlyph]);
        using var reduced = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var reducedFont = new SKFont(reduced, 12);

        Assert.Equal(flGlyph, reducedFont.GetGlyph(0xFB02));
    }

    [Fact]
    public void Subsetting_is_deterministic()
    {
        var first = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("Northern Territories"), [3, 4, 5]);
        var second = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("Northern Territories"), [3, 4, 5]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Data_that_is_not_a_font_is_rejected_with_a_clear_message()
    {
        var error = Assert.Throws<FontSubsettingException>(() => FontSubsetter.Subset("not a font at all"u8.ToArray(), [72], []));

        Assert.Contains("no glyphs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_font_data_is_rejected()
    {
        Assert.Throws<FontSubsettingException>(() => FontSubsetter.Subset([], [72], []));
    }

    [Fact]
    public void Glyph_id_beyond_the_font_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => FontSubsetter.Subset(SubsetFonts.Caladea, [72], [ushort.MaxValue]));

        Assert.Contains("65535", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0x110000)]
    public void Code_point_outside_unicode_is_rejected(int codepoint)
    {
        Assert.Throws<ArgumentException>(() => FontSubsetter.Subset(SubsetFonts.Caladea, [codepoint], []));
    }
}
