using Briefings.Core.Extraction.Segmentation;
using Briefings.Core.Extraction.Text;
using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Extraction;

public sealed class SentenceSegmenterTests
{
    private static string[] Sentences(string paragraph)
    {
        var text = SourceText.Parse(paragraph, "x.txt");
        return [.. SentenceSegmenter.Segment(text).Select(s => text.Slice(s.Span))];
    }

    private static (SegmentKind Kind, string Text)[] SeedSegments(string prefix)
    {
        var text = SourceText.Load(Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single());
        return [.. SentenceSegmenter.Segment(text).Select(s => (s.Kind, text.Slice(s.Span)))];
    }

    [Theory]
    [InlineData("The U.S. President met Mr. Abe in St. Petersburg. Then they left.", "The U.S. President met Mr. Abe in St. Petersburg.|Then they left.")]
    [InlineData("See No. 5 of the list. It is short.", "See No. 5 of the list.|It is short.")]
    [InlineData("Some projects (e.g., energy) grew. Others (i.e. most) did not.", "Some projects (e.g., energy) grew.|Others (i.e. most) did not.")]
    [InlineData("The islands (b.r. - this is how Japan calls them) remain. Talks stopped.", "The islands (b.r. - this is how Japan calls them) remain.|Talks stopped.")]
    [InlineData("J. F. Kennedy spoke. Growth was 3.5 percent. Prices rose.", "J. F. Kennedy spoke.|Growth was 3.5 percent.|Prices rose.")]
    [InlineData("He said it \"did not indicate a transfer.\" At the meeting, he left.", "He said it \"did not indicate a transfer.\"|At the meeting, he left.")]
    [InlineData("It is in the Action Plan (though it could be argued). The press statement followed.", "It is in the Action Plan (though it could be argued).|The press statement followed.")]
    [InlineData("Negotiations went on since the end of WWII ! Although relations are difficult, nothing changed !", "Negotiations went on since the end of WWII !|Although relations are difficult, nothing changed !")]
    [InlineData("It was lost in February 1946. These events followed.", "It was lost in February 1946.|These events followed.")]
    [InlineData("Was it? Yes. \"Quoted start.\" (Bracketed start.)", "Was it?|Yes.|\"Quoted start.\"|(Bracketed start.)")]
    [InlineData("Trade with the U.S. The talks ended.", "Trade with the U.S.|The talks ended.")]
    [InlineData("It ended in World War I. The peace came later.", "It ended in World War I.|The peace came later.")]
    [InlineData("Everything stops here... and goes on in lower case.", "Everything stops here... and goes on in lower case.")]
    public void Sentence_ends_survive_abbreviations_initials_numbers_quotes_and_brackets(string paragraph, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(paragraph));
    }

    [Fact]
    public void Headings_stand_alone_and_list_items_are_split_into_their_sentences()
    {
        var text = SourceText.Parse("## Key Positions\n- **Russia** contends the order. Russia also points to 1956 (i.e., two islands).\n- (2) Training for doctors\n", "x.md");

        var segments = SentenceSegmenter.Segment(text).Select(s => (s.Kind, text.Slice(s.Span)));

        Assert.Equal(
            [
                (SegmentKind.Heading, "Key Positions"),
                (SegmentKind.Sentence, "**Russia** contends the order."),
                (SegmentKind.Sentence, "Russia also points to 1956 (i.e., two islands)."),
                (SegmentKind.Sentence, "(2) Training for doctors"),
            ],
            segments);
    }

    [Fact]
    public void The_column_source_splits_into_its_sentences_across_page_breaks_and_wraps()
    {
        var segments = SeedSegments("001");

        Assert.Contains((SegmentKind.Sentence, "It absorbed these islands as its own territory in February 1946."), segments);
        Assert.Contains((SegmentKind.Sentence, "These events led to the Northern Territories problem that continues to the present."), segments);
        Assert.Contains((SegmentKind.Heading, "3 Developments related to peace treaty negotiations under the Yeltsin Government (1992-2000)"), segments);
        Assert.Contains(segments, s => s.Text.StartsWith("For example, President Putin asserted in June 2017", StringComparison.Ordinal)
            && s.Text.EndsWith("that the Declaration \"did not indicate the sovereignty of the islands (between Japan and Russia) after a transfer.\"", StringComparison.Ordinal));
        Assert.Contains(segments, s => s.Text.StartsWith("The United States, the United Kingdom, and the Soviet Union concluded the Yalta", StringComparison.Ordinal)
            && s.Text.EndsWith("through northernmost Shumshu island to Japan).", StringComparison.Ordinal));
        Assert.Contains((SegmentKind.Sentence, "(2019-01-23)"), segments);
        Assert.Equal(77, segments.Count(s => s.Kind == SegmentKind.Sentence));
        Assert.Equal(6, segments.Count(s => s.Kind == SegmentKind.Heading));
    }

    [Fact]
    public void The_news_sources_keep_abbreviations_quotes_and_datelines_inside_their_sentences()
    {
        var fakti = SeedSegments("002");
        var urdu = SeedSegments("004");
        var overview = SeedSegments("003");
        var mofa = SeedSegments("000");

        Assert.Contains(fakti, s => s.Text.StartsWith("\"The government will continue", StringComparison.Ordinal) && s.Text.EndsWith("the report notes.", StringComparison.Ordinal));
        Assert.Contains((SegmentKind.Heading, "Apr 8, 2025 05:56 329"), fakti);
        Assert.Contains((SegmentKind.Sentence, "It is necessary to solve the problem of the ownership of the four Northern islands and conclude a peace treaty."), urdu);
        Assert.Contains(urdu, s => s.Text.StartsWith("TOKYO (UrduPoint News / Sputnik - 18th October, 2021) The Japanese government believes", StringComparison.Ordinal));
        Assert.Contains((SegmentKind.Sentence, "In the 2010s and 2020s, high-level talks have continued, often linking the islands to broader economic cooperation (e.g., energy projects, investment)."), overview);
        Assert.Contains((SegmentKind.Heading, "1956 Japan–Soviet Joint Declaration"), overview);
        Assert.Contains((SegmentKind.Sentence, "There have been negotiations and cooperation with the Soviet Union and then Russia over the Northern Territories since the end of WWII !"), mofa);
        Assert.Equal(15, fakti.Count(s => s.Kind == SegmentKind.Sentence));
        Assert.Equal(15, urdu.Count(s => s.Kind == SegmentKind.Sentence));
        Assert.Equal(12, overview.Count(s => s.Kind == SegmentKind.Sentence));
        Assert.Equal(25, mofa.Count(s => s.Kind == SegmentKind.Sentence));
    }
}
