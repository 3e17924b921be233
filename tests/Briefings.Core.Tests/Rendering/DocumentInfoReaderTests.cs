using Briefings.Core.Diagnostics;
using Briefings.Core.Markdown;
using Briefings.Core.Rendering;
using Xunit;

namespace Briefings.Core.Tests.Rendering;

/// <summary>A briefing's metadata comes from its Markdown front matter; a broken one is an error that says where.</summary>
public sealed class DocumentInfoReaderTests
{
    [Fact]
    public void Reads_every_field()
    {
        var info = Read("---\ntitle: \"Tokyo Declaration\"\nsubtitle: Treaty summary\ndossier: Northern Territories\nas_of: 8 April 2025\ndate: 2025-04-08\nclassification: RESTRICTED\nauthor: Desk\nsubject: Islands\nkeywords: [\"a\", \"b\"]\ntoc: true\nlanguage: en-GB\n---\n\nBody\n");
        Assert.Equal("Tokyo Declaration", info.Title);
        Assert.Equal("Treaty summary", info.Subtitle);
        Assert.Equal("Northern Territories", info.Dossier);
        Assert.Equal("8 April 2025", info.AsOf);
        Assert.Equal(new DateTimeOffset(2025, 4, 8, 0, 0, 0, TimeSpan.Zero), info.Date);
        Assert.Equal(("RESTRICTED", "Desk", "Islands", "en-GB"), (info.Classification, info.Author, info.Subject, info.Language));
        Assert.Equal(["a", "b"], info.Keywords);
        Assert.True(info.TableOfContents);
    }

    [Fact]
    public void Keywords_may_be_one_comma_separated_text() =>
        Assert.Equal(["Kuril Islands", "sample"], Read("---\ntitle: T\nkeywords: Kuril Islands, sample\n---\n").Keywords);

    [Fact]
    public void Defaults_never_come_from_the_clock()
    {
        var info = Read("---\ntitle: T\n---\n");
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), info.Date);
        Assert.Equal("UNCLASSIFIED", info.Classification);
    }

    [Theory]
    [InlineData("Body without front matter\n", "BRF-MD-001", 1)]
    [InlineData("---\nsubtitle: no title\n---\n", "BRF-MD-005", 2)]
    [InlineData("---\ntitle: T\ncolour: red\n---\n", "BRF-MD-004", 3)]
    [InlineData("---\ntitle: T\ndate: 8 April\n---\n", "BRF-MD-006", 2)]
    [InlineData("---\ntitle: [unclosed\n---\n", "BRF-MD-003", 3)]
    public void A_broken_front_matter_is_a_located_error(string markdown, string code, int line)
    {
        var error = Assert.Single(Assert.Throws<BriefingsException>(() => Read(markdown)).Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceLocation("brief.md", line, error.Location!.Value.Column), error.Location);
    }

    private static DocumentInfo Read(string markdown) =>
        DocumentInfoReader.Read(BriefingMarkdown.Parse(markdown), markdown, "brief.md");
}
