using Briefings.Layout.Fonts.Subsetting;
using Xunit;

namespace Briefings.Layout.Tests.Subsetting;

public sealed class FontSubsetterTests
{
    private static int[] Codepoints(string text) => text.EnumerateRunes().Select(r => r.Value).Distinct().ToArray();

    [Fact]
    public void Subset_for_a_word_is_a_small_fraction_of_the_font()
    {
        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("Hello"), []);

        Assert.True(subset.Length * 10 < SubsetFonts.Caladea.Length, $"subset {subset.Length} bytes vs font {SubsetFonts.Caladea.Length} bytes");
    }

    [Fact]
    public void Subset_keeps_the_glyph_ids_of_the_full_font()
    {
        using var full = new InspectedFont(SubsetFonts.Caladea);
        var fullGlyphs = full.Glyphs("Hello, World");

        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("Hello, World"), fullGlyphs);
        using var reduced = new InspectedFont(subset);

        Assert.True(reduced.GlyphCount > 0, "HarfBuzz reads the subset as a font");
        Assert.Equal(full.FamilyName, reduced.FamilyName);
        Assert.True(reduced.GlyphCount > fullGlyphs.Max(), "retained ids reach at least the highest glyph used");
        Assert.Equal(fullGlyphs, reduced.Glyphs("Hello, World"));
        Assert.DoesNotContain((ushort)0, fullGlyphs);
    }

    [Fact]
    public void Glyphs_outside_the_subset_are_empty_but_requested_ones_keep_their_outlines()
    {
        using var full = new InspectedFont(SubsetFonts.Caladea);
        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("H"), []);
        using var reduced = new InspectedFont(subset);
        var h = full.Glyph('H');
        var z = full.Glyph('z');
        Assert.True(full.HasOutline(z), "the dropped glyph has an outline in the full font");

        Assert.True(reduced.HasOutline(h));
        Assert.False(reduced.HasOutline(z));
    }

    [Fact]
    public void Glyph_ids_alone_are_enough_to_keep_a_glyph()
    {
        using var full = new InspectedFont(SubsetFonts.Caladea);
        var q = full.Glyph('Q');

        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, [], [q]);
        using var reduced = new InspectedFont(subset);

        Assert.True(reduced.HasOutline(q));
    }

    [Fact]
    public void Ligature_keeps_its_cmap_entry_when_its_components_are_in_the_text()
    {
        using var full = new InspectedFont(SubsetFonts.Caladea);
        var fiGlyph = full.Glyph(0xFB01);
        Assert.NotEqual(0, fiGlyph);
        Assert.NotEqual(0, full.Glyph(0xFB02));

        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("fish"), []);
        using var reduced = new InspectedFont(subset);

        Assert.Equal(fiGlyph, reduced.Glyph(0xFB01));
        Assert.Equal(0, reduced.Glyph(0xFB02));
    }

    [Fact]
    public void Ligature_keeps_its_cmap_entry_when_its_glyph_is_requested()
    {
        using var full = new InspectedFont(SubsetFonts.Caladea);
        var flGlyph = full.Glyph(0xFB02);
        Assert.NotEqual(0, flGlyph);

        var subset = FontSubsetter.Subset(SubsetFonts.Caladea, Codepoints("a"), [flGlyph]);
        using var reduced = new InspectedFont(subset);

        Assert.Equal(flGlyph, reduced.Glyph(0xFB02));
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
