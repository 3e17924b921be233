using System.Text.RegularExpressions;
using Briefings.Core.Markdown;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Briefings.Core.Tests.Markdown;

/// <summary>The joiner goes exactly between two adjacent footnote references, as the dialect's rule states.</summary>
public sealed class AdjacentFootnoteReferencesTests
{
    // The rule as a regular expression: between "[^label]" and "[^label]", a label being no brackets or white space.
    private static readonly Regex Rule = new(@"(?<=\[\^[^\[\]\s]+\])(?=\[\^[^\[\]\s]+\])");

    [Theory]
    [InlineData("a[^1][^2] b", "a[^1]\u2060[^2] b")]
    [InlineData("[^1][^2][^3]", "[^1]\u2060[^2]\u2060[^3]")]
    [InlineData("[^^x][^y]", "[^^x]\u2060[^y]")]
    [InlineData("[x^1][^2] [^1] [^2] [^][^2] [^1][^ 2] [text][^1]", "[x^1][^2] [^1] [^2] [^][^2] [^1][^ 2] [text][^1]")]
    [InlineData("no references at all", "no references at all")]
    public void Joins_adjacent_references_only(string markdown, string expected) =>
        Assert.Equal(expected, AdjacentFootnoteReferences.Separate(markdown));

    [Fact]
    public void Agrees_with_the_rule_on_any_text()
    {
        // Pieces rather than characters, so that references, near misses and runs of them come up often.
        string[] pieces = ["[^", "]", "[", "^", "a", "1", " ", "\n", "\u00a0", "[^1]", "][^"];
        var texts = Gen.ArrayOf(Gen.Elements(pieces)).Select(string.Concat).ToArbitrary();
        Prop.ForAll(texts, text => AdjacentFootnoteReferences.Separate(text) == Rule.Replace(text, "\u2060"))
            .QuickCheckThrowOnFailure();
    }
}
