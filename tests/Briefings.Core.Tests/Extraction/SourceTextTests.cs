using Briefings.Core.Extraction.Text;
using Briefings.Testing;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace Briefings.Core.Tests.Extraction;

public sealed class SourceTextTests
{
    private static SourceText Seed(string prefix) =>
        SourceText.Load(Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single());

    private static IEnumerable<string> BlockTexts(SourceText text) => text.Blocks.Select(b => text.Slice(b.Span));

    private const string Wrapped =
        "The negotiations between the two countries continued for many years after the war and were\n"
        + "difficult because the positions of the two sides on the islands were far apart from the start\n"
        + "and the Japan-\n"
        + "Russia talks, the nego-\n"
        + "tiations on a treaty, lasted 2-\n"
        + "3 months in the autumn of that year, as the press reported at length in every newspaper of\n"
        + "\n"
        + "the country. A new paragraph starts here.\n"
        + "\n"
        + "Another paragraph with a “curly quote” and it’s apostrophe.\n";

    [Fact]
    public void Hard_wrapped_lines_join_into_one_paragraph_across_a_page_break()
    {
        var text = SourceText.Parse(Wrapped, "wrapped.txt");

        Assert.True(text.IsHardWrapped);
        Assert.Equal(
            [
                "The negotiations between the two countries continued for many years after the war and were difficult because the positions of the two sides on the islands were far apart from the start and the Japan-Russia talks, the negotiations on a treaty, lasted 2-3 months in the autumn of that year, as the press reported at length in every newspaper of the country. A new paragraph starts here.",
                "Another paragraph with a \"curly quote\" and it's apostrophe.",
            ],
            BlockTexts(text));
    }

    [Theory]
    [InlineData("negotiations on a treaty", 4, 19)]
    [InlineData("Russia talks", 4, 1)]
    [InlineData("tiations", 5, 1)]
    [InlineData("3 months", 6, 1)]
    [InlineData("the country.", 8, 1)]
    [InlineData("curly quote", 10, 27)]
    public void A_normalised_index_maps_back_to_the_original_line_and_column(string needle, int line, int column)
    {
        var text = SourceText.Parse(Wrapped, "wrapped.txt");
        var at = text.Text.IndexOf(needle, StringComparison.Ordinal);
        if (needle == "tiations")
        {
            // "negotiations" was "nego-/tiations": its ninth character is the first of the next line.
            at = text.Text.IndexOf("negotiations on a treaty", StringComparison.Ordinal) + 4;
        }

        Assert.True(at >= 0, needle);
        Assert.Equal((line, column), text.LineColumn(at));
    }

    [Fact]
    public void A_joining_space_maps_to_the_end_of_the_line_it_replaces()
    {
        var text = SourceText.Parse(Wrapped, "wrapped.txt");
        var space = text.Text.IndexOf("were difficult", StringComparison.Ordinal) + "were".Length;

        Assert.Equal(' ', text.Text[space]);
        Assert.Equal((1, 91), text.LineColumn(space));
        Assert.Equal('\n', Wrapped[text.OriginalIndex(space)]);
    }

    [Fact]
    public void Lines_that_are_paragraphs_stay_apart_and_short_unpunctuated_lines_before_a_blank_are_headings()
    {
        var text = SourceText.Parse(
            "Title of the piece\n\nFirst paragraph, a long single line that ends with a full stop.\nCaption without a full stop\nPhoto: AGENCY\n\nLast paragraph.\n",
            "lines.txt");

        Assert.False(text.IsHardWrapped);
        Assert.Equal(
            [
                (BlockKind.Heading, "Title of the piece"),
                (BlockKind.Paragraph, "First paragraph, a long single line that ends with a full stop."),
                (BlockKind.Paragraph, "Caption without a full stop"),
                (BlockKind.Heading, "Photo: AGENCY"),
                (BlockKind.Paragraph, "Last paragraph."),
            ],
            text.Blocks.Select(b => (b.Kind, text.Slice(b.Span))));
    }

    [Fact]
    public void Markdown_headings_and_bullets_lose_their_marks_and_stand_alone()
    {
        var text = SourceText.Parse("# Title (1956–Present)\n\n## 1956 Declaration\nBody text follows directly.\n- **Japan** insists.\n- Second item\n", "md.md");

        Assert.Equal(
            [
                (BlockKind.Heading, "Title (1956–Present)"),
                (BlockKind.Heading, "1956 Declaration"),
                (BlockKind.Paragraph, "Body text follows directly."),
                (BlockKind.ListItem, "**Japan** insists."),
                (BlockKind.ListItem, "Second item"),
            ],
            text.Blocks.Select(b => (b.Kind, text.Slice(b.Span))));
        Assert.Equal((3, 4), text.LineColumn(text.Blocks[1].Span.Start));
    }

    [Fact]
    public void Stray_leading_spaces_and_page_number_lines_are_removed()
    {
        var text = SourceText.Parse(
            " The first line of a long hard-wrapped paragraph that runs on and on across the page and\n"
            + "continues on the next line, which also runs on for quite a while before it wraps again to\n"
            + "\n"
            + "- 12 -\n"
            + "\n"
            + " the next page, where it ends.\n",
            "pages.txt");

        var block = Assert.Single(text.Blocks);
        Assert.EndsWith("wraps again to the next page, where it ends.", text.Slice(block.Span), StringComparison.Ordinal);
        Assert.StartsWith("The first line", text.Slice(block.Span), StringComparison.Ordinal);
        Assert.Equal((1, 2), text.LineColumn(0));
    }

    [Fact]
    public void Non_breaking_hyphens_and_spaces_are_unified()
    {
        var text = SourceText.Parse("Cold\u2011War talks\u00A0began.", "x.txt");

        Assert.Equal("Cold-War talks began.", text.Text);
    }

    [Fact]
    public void The_column_source_joins_its_page_breaks_and_keeps_its_numbered_headings()
    {
        var text = Seed("001");
        var blocks = BlockTexts(text).ToList();

        Assert.Equal(102, text.WrapWidth);
        Assert.Contains(blocks, b => b.EndsWith("as its own territory in February 1946. These events led to the Northern Territories problem that continues to the present.", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.StartsWith("In April of 1991, the year when the Soviet Union collapsed, the two sides announced the Japanese-Soviet Joint Communiqué", StringComparison.Ordinal));
        Assert.Contains("3 Developments related to peace treaty negotiations under the Yeltsin Government (1992-2000)", blocks);
        Assert.Contains(blocks, b => b.Contains("conclude a peace treaty as outlined in the Tokyo Declaration.", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Contains("moved to the Soviet Union and Russia as a result of the Second World War).", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Contains("Warr, 2) the transfer of just the two islands", StringComparison.Ordinal));
        Assert.Equal(25, text.Blocks.Count);
    }

    [Theory]
    [InlineData("1946. These events", 39, 1)]
    [InlineData("Soviet Joint Communiqué", 80, 1)]
    [InlineData("Russia Foreign Ministers", 160, 1)]
    [InlineData("Hokkaido between August 28", 37, 2)]
    [InlineData("(2019-01-23)", 222, 1)]
    public void Positions_in_the_column_source_map_back_to_its_lines(string needle, int line, int column)
    {
        var text = Seed("001");

        Assert.Equal((line, column), text.LineColumn(text.Text.IndexOf(needle, StringComparison.Ordinal)));
    }

    [Fact]
    public void Quotes_are_found_whatever_their_quote_marks_dashes_and_line_breaks()
    {
        var text = Seed("001");

        var found = text.FindAll("the Japanese\nside acknowledging the outcome of the Second World War, including the sovereignty of Russian’s Southern Kurils");
        var dash = text.FindAll("1956 Japan–Soviet");

        Assert.Equal(161, text.LineColumn(Assert.Single(found).Start).Line);
        Assert.Empty(dash);
        Assert.Single(SourceText.Parse("The 1956 Japan-Soviet Declaration.", "x").FindAll("1956 Japan–Soviet"));
    }

    [Fact]
    public void The_span_of_an_original_line_covers_what_came_from_it()
    {
        var text = SourceText.Parse(Wrapped, "wrapped.txt");

        var span = text.SpanOfLine(2)!.Value;
        Assert.StartsWith("difficult because", text.Slice(span), StringComparison.Ordinal);
        Assert.EndsWith("from the start ", text.Slice(span), StringComparison.Ordinal);
        Assert.Null(text.SpanOfLine(7));
    }

    [Property(MaxTest = 200)]
    public bool Every_normalised_character_comes_from_its_original_in_order(NonNull<string> input)
    {
        var original = input.Get;
        var text = SourceText.Parse(original, "any.txt");
        var previous = -1;
        for (var i = 0; i < text.Text.Length; i++)
        {
            var at = text.OriginalIndex(i);
            if (at < previous || at >= original.Length)
            {
                return false;
            }

            var c = text.Text[i];
            var source = original[at];
            var same = c == CharacterClassesMirror.Unify(source);
            var joint = c is ' ' or '\n' && (source is '\n' or '\r' || char.IsWhiteSpace(source) || CharacterClassesMirror.Unify(source) == ' ');
            if (!same && !joint)
            {
                return false;
            }

            previous = at;
        }

        return true;
    }

    /// <summary>The unification the property expects, written out independently of the code under test.</summary>
    private static class CharacterClassesMirror
    {
        public static char Unify(char c) => c switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' => '\'',
            '\u2010' or '\u2011' => '-',
            '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t' => ' ',
            _ => c,
        };
    }
}
