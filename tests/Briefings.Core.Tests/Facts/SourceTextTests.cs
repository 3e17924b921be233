using System.Text;
using Briefings.Core.Facts;
using Xunit;

namespace Briefings.Core.Tests.Facts;

public sealed class SourceTextTests
{
    private static readonly SourceText Notes = new(string.Join('\n',
        "Notes of a made-up border dispute",
        "",
        "On 19 October 1956 the two leaders met on the island and agreed",
        "to talk again. The North called it a “historic first step” toward a",
        "settlement of the long-standing quarrel over the Border Commis-",
        "sion's report -- which neither side had accepted.",
        "",
        "In 1960 the South-",
        "ern delegation walked out. It wasn’t the last time.",
        "The Soviet-",
        "Japanese talks — so called — went on."));

    [Theory]
    [InlineData("the two leaders met on the island and agreed to talk again", 3)]
    [InlineData("the two leaders   met on the island and agreed\n  to talk again", 3)]
    [InlineData("The North called it a \"historic first step\"", 4)]
    [InlineData("The North called it a “historic first step”", 4)]
    [InlineData("the Border Commission's report", 5)]
    [InlineData("the Border Commis-sion’s report", 5)]
    [InlineData("report — which neither side had accepted", 6)]
    [InlineData("report - which neither side had accepted", 6)]
    [InlineData("the long-standing quarrel", 5)]
    [InlineData("In 1960 the Southern delegation walked out.", 8)]
    [InlineData("It wasn't the last time.", 9)]
    [InlineData("The Soviet-Japanese talks -- so called -- went on.", 10)]
    public void Finds_quotes_forgiving_only_whitespace_hyphenation_quotes_and_dashes(string quote, int line) =>
        Assert.Equal(line, Notes.FindLine(quote));

    [Theory]
    [InlineData("the two Leaders met on the island")]
    [InlineData("the two leaders met at the island")]
    [InlineData("the longstanding quarrel")]
    [InlineData("The Soviet Japanese talks")]
    [InlineData("the two leaders met on the island, and agreed")]
    [InlineData("")]
    public void Does_not_forgive_anything_else(string quote) =>
        Assert.Equal(0, Notes.FindLine(quote));

    [Fact]
    public void Finds_the_closest_passage_to_a_misquote()
    {
        var closest = Notes.ClosestPassage("the two presidents met on the island and agreed to talk");

        Assert.NotNull(closest);
        Assert.Equal(3, closest.Value.Line);
        Assert.Equal("the two leaders met on the island and agreed to talk", closest.Value.Text);
    }

    [Fact]
    public void Has_no_closest_passage_when_nothing_is_shared()
    {
        Assert.Null(Notes.ClosestPassage("zebra xylophone"));
    }

    [Fact]
    public void Finds_a_quote_near_the_end_of_a_large_source()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            text.Append("Line ").Append(i).Append(" of the filler text, wrapped and hyphen-\nated at times.\n");
        }

        text.Append("The last sentence is here.");
        var source = new SourceText(text.ToString());

        Assert.Equal(80_001, source.FindLine("The last sentence is here."));
        Assert.Equal(1, source.FindLine("Line 0 of the filler text, wrapped and hyphenated at times."));
        Assert.Equal(80_001, source.ClosestPassage("The final sentence is here.")!.Value.Line);
    }
}
