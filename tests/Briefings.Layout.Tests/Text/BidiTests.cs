using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using Briefings.Layout.Text.Bidi;
using FsCheck.Xunit;
using Xunit;

namespace Briefings.Layout.Tests.Text;

public sealed class BidiTests
{
    private const string Hebrew = "איי קוריל";
    private const string Arabic = "جزر الكوريل";
    private static readonly string Mixed = $"The islands are called {Hebrew} in Hebrew and {Arabic} in Arabic.";

    [Fact]
    public void Right_to_left_words_in_an_english_sentence_are_level_one_and_the_space_between_them_too()
    {
        var bidi = BidiParagraph.Resolve(Mixed, TextDirection.Auto);

        Assert.Equal(0, bidi.BaseLevel);
        var hebrew = Mixed.IndexOf(Hebrew, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(hebrew, Hebrew.Length), index => Assert.Equal(1, bidi.LevelAt(index)));
        Assert.Equal(0, bidi.LevelAt(hebrew - 1));
        Assert.Equal(0, bidi.LevelAt(hebrew + Hebrew.Length));
        Assert.All(Enumerable.Range(0, hebrew), index => Assert.Equal(0, bidi.LevelAt(index)));
    }

    [Fact]
    public void The_first_strong_character_sets_the_paragraph_level_unless_the_caller_does()
    {
        Assert.Equal(1, BidiParagraph.Resolve("1945: שלום and more", TextDirection.Auto).BaseLevel);
        Assert.Equal(0, BidiParagraph.Resolve("1945: שלום and more", TextDirection.LeftToRight).BaseLevel);
        Assert.Equal(0, BidiParagraph.Resolve("1945 — 1956", TextDirection.Auto).BaseLevel);
        Assert.Equal(1, BidiParagraph.Resolve("plain", TextDirection.RightToLeft).BaseLevel);
        Assert.Null(BidiParagraph.Resolve("Plain English, 1956.", TextDirection.Auto).Levels);
    }

    [Fact]
    public void Numbers_in_right_to_left_text_are_level_two_with_their_separators_and_terminators()
    {
        const string text = "בשנת 1,956 ו-50% מהם";
        var bidi = BidiParagraph.Resolve(text, TextDirection.Auto);

        Assert.Equal(1, bidi.BaseLevel);
        foreach (var number in new[] { "1,956", "50%" })
        {
            var start = text.IndexOf(number, StringComparison.Ordinal);
            Assert.All(Enumerable.Range(start, number.Length), index => Assert.Equal(2, bidi.LevelAt(index)));
        }

        Assert.Equal(1, bidi.LevelAt(text.IndexOf(' ', StringComparison.Ordinal)));
    }

    [Fact]
    public void European_digits_after_an_arabic_letter_are_arabic_numbers_and_arabic_digits_always_are()
    {
        var arabic = BidiParagraph.Resolve("عام 1956 و ١٩٥٦", TextDirection.Auto);
        Assert.Equal(1, arabic.BaseLevel);
        Assert.Equal(2, arabic.LevelAt(4));

        var english = BidiParagraph.Resolve("in ١٩٥٦ and 1956", TextDirection.Auto);
        Assert.Equal(2, english.LevelAt(3));
        Assert.Equal(0, english.LevelAt(15));
    }

    [Fact]
    public void Hebrew_points_take_the_level_of_their_letter()
    {
        const string text = "word שָׁלוֹם word";
        var bidi = BidiParagraph.Resolve(text, TextDirection.Auto);
        Assert.All(Enumerable.Range(5, 6), index => Assert.Equal(1, bidi.LevelAt(index)));
    }

    [Fact]
    public void Lines_are_reordered_from_the_highest_level_down()
    {
        Assert.Equal([0, 1, 4, 3, 2, 5], BidiParagraph.VisualOrder([0, 0, 1, 1, 1, 0]));
        // A number (level 2) inside right-to-left text keeps its own order.
        Assert.Equal([4, 2, 3, 1, 0], BidiParagraph.VisualOrder([1, 1, 2, 2, 1]));
    }

    [Property(MaxTest = 200)]
    public bool Visual_order_is_a_permutation_that_keeps_even_levels_and_reverses_one_odd_level(byte[] raw)
    {
        var levels = raw.Select(value => (byte)(value % 4)).ToArray();
        var order = BidiParagraph.VisualOrder(levels);
        var logical = Enumerable.Range(0, levels.Length).ToArray();

        var isPermutation = order.Order().SequenceEqual(logical);
        // Runs at level 2 are reversed twice (at 2, then with their surroundings at 1): even text reads forwards.
        var evenStaysPut = levels.Any(level => level % 2 == 1) || order.SequenceEqual(logical);
        var oddReverses = levels.Distinct().Count() != 1 || levels[0] % 2 == 0 || order.SequenceEqual(logical.Reverse());
        return isPermutation && evenStaysPut && oddReverses;
    }

    [Fact]
    public void Right_to_left_runs_are_shaped_right_to_left_in_visual_order()
    {
        var context = TestFonts.NewContext();
        var face = TestFonts.Fallbacks[1];
        var run = context.Shape(face, "שלום", rightToLeft: true);

        Assert.Equal([3, 2, 1, 0], run.Clusters);
        Assert.True(face.Covers('ם'));
        Assert.NotSame(run, context.Shape(face, "שלום"));
    }

    [Fact]
    public void A_mixed_line_draws_the_right_to_left_words_in_visual_order_with_the_fallback_font_and_loses_no_glyph()
    {
        var context = TestFonts.NewContext();
        var paragraph = new ParagraphElement([new TextSpan(Mixed, TestFonts.Body)], new ParagraphStyle(TextAlignment.Left), context);

        var texts = ParagraphSettingTests.Draw(paragraph, 600).Texts.ToList();

        Assert.Single(texts.Select(text => text.Baseline).Distinct());
        double X(string word) => Assert.Single(texts, text => text.Text == word).X;
        Assert.True(X("קוריל") < X("איי"), "the second Hebrew word is drawn to the left of the first");
        Assert.True(X("الكوريل") < X("جزر"), "the second Arabic word is drawn to the left of the first");
        Assert.True(X("called") < X("קוריל") && X("איי") < X("Hebrew"), "the Hebrew sits between its English neighbours");
        Assert.True(X("and") < X("الكوريل") && X("جزر") < X("Arabic."));
        Assert.Equal(["The", "islands", "are", "called"], texts.Take(4).Select(text => text.Text));
        Assert.All(texts.Where(text => text.Text is "איי" or "קוריל" or "جزر" or "الكوريل"), text => Assert.Equal("DejaVuSans", text.Font));
        Assert.Empty(context.Warnings);
        Assert.Equal(
            Mixed.Where(character => character != ' ').Order(),
            string.Concat(texts.Select(text => text.Text)).Order());

        // No run overlaps another: the pieces were placed one after the other.
        var ordered = texts.OrderBy(text => text.X).ToList();
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.First.X + pair.First.Width <= pair.Second.X + 0.01, $"{pair.First.Text} overlaps {pair.Second.Text}"));
    }

    [Fact]
    public void A_right_to_left_paragraph_is_set_flush_right_and_reads_from_the_right()
    {
        var context = TestFonts.NewContext();
        var words = string.Join(' ', Enumerable.Range(1, 30).Select(index => index % 2 == 0 ? "שלום" : "עולם"));
        var paragraph = new ParagraphElement([new TextSpan(words, TestFonts.Body)], new ParagraphStyle(TextAlignment.Justify), context);

        var texts = ParagraphSettingTests.Draw(paragraph, 200).Texts.ToList();

        var lines = texts.GroupBy(text => text.Baseline).ToList();
        Assert.True(lines.Count >= 2);
        Assert.All(lines, line => Assert.InRange(line.Max(text => text.X + text.Width), 199.5, 200.01));
        Assert.Equal("עולם", lines[0].MaxBy(text => text.X)!.Text);
        Assert.True(lines[^1].Min(text => text.X) > 20, "the last line is short and flush right");
    }

    [Fact]
    public void A_right_to_left_character_no_font_has_is_still_a_warning()
    {
        var context = TestFonts.NewContext();
        var paragraph = new ParagraphElement(
            [new TextSpan("Phoenician 𐤀𐤁 and Hebrew שלום", TestFonts.Body) { Origin = new TextOrigin(4, 2) }],
            new ParagraphStyle(TextAlignment.Left),
            context);

        ParagraphSettingTests.Draw(paragraph, 400);

        var warnings = context.Warnings.Select(warning => warning.Message).ToList();
        Assert.Contains(warnings, message => message.Contains("U+10900", StringComparison.Ordinal));
        Assert.Contains(warnings, message => message.Contains("U+10901", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, message => message.Contains("U+05E9", StringComparison.Ordinal));
    }
}
