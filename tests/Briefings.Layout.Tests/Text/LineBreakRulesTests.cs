using System.Text;
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

    [Fact]
    public void A_buffer_used_before_keeps_nothing_from_the_earlier_text()
    {
        // Paragraphs share one buffer per thread: the high half of a surrogate pair is never written by the rule
        // itself, so what an earlier text left there must be cleared, or a word would end inside the pair.
        var buffer = new bool[16];
        LineBreakRules.BreaksAfter("日本語日本語日本語", buffer);
        var astral = "\U00020000\U00020001\U00020002";

        LineBreakRules.BreaksAfter(astral, buffer);

        Assert.Equal(LineBreakRules.BreaksAfter(astral), buffer[..astral.Length]);
        Assert.False(buffer[0]);
    }

    [Fact]
    public void A_paragraph_set_after_another_never_splits_a_surrogate_pair()
    {
        var context = TestFonts.NewContext();
        _ = new ParagraphText([new TextSpan("日本語日本語日本語", TestFonts.Body)], context);
        var astral = new ParagraphText([new TextSpan("\U00020000\U00020001\U00020002", TestFonts.Body)], context);

        Assert.All(astral.Items, item => Assert.False(item.Kind == ItemKind.Box && item.Start % 2 == 1, $"a box starts at {item.Start}"));
    }

    [Fact]
    public void Every_character_follows_the_rule_between_it_and_its_neighbours_words_included()
    {
        // Letters and digits next to hyphens, slashes, dashes, spaces, brackets, ideographs, soft hyphens,
        // zero-width and no-break spaces and astral characters: the shortcut for ASCII words must agree with the rule.
        string[] pieces = ["a", "Z", "7", "well", "1990", "-", "/", "\u2013", "\u2014", " ", "(", ")", ".", "日", "\u00AD", "\u200B", "\u00A0", "\U00020000", "é", "\n"];
        var random = new Random(20261202);
        for (var trial = 0; trial < 2000; trial++)
        {
            var text = new StringBuilder();
            for (var count = random.Next(1, 12); count > 0; count--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var value = text.ToString();
            Assert.Equal(Reference(value), LineBreakRules.BreaksAfter(value));
        }
    }

    /// <summary>The rule applied to every character, without the shortcut.</summary>
    private static bool[] Reference(string text)
    {
        var result = new bool[text.Length];
        var previous = -1;
        for (var index = 0; index < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, index);
            var next = index + rune.Utf16SequenceLength;
            result[next - 1] = next < text.Length && LineBreakRules.BreaksBetween(previous, rune.Value, Rune.GetRuneAt(text, next).Value);
            previous = rune.Value;
            index = next;
        }

        return result;
    }
}
