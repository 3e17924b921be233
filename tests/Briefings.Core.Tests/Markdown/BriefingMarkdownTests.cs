using Briefings.Core.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Briefings.Core.Tests.Markdown;

/// <summary>The shared dialect: what templates write reaches both renderers whole.</summary>
public sealed class BriefingMarkdownTests
{
    [Theory]
    [InlineData("Claim.[^1][^2]\n\n[^1]: One.\n[^2]: Two.\n", new[] { 1, 2 })]
    [InlineData("Claim.[^1][^2][^3][^1]\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n", new[] { 1, 2, 3, 1 })]
    [InlineData("| A | B |\n|---|---|\n| x[^b][^a] | y |\n\n[^a]: A.\n[^b]: B.\n", new[] { 1, 2 })]
    public void Adjacent_footnote_references_all_survive(string markdown, int[] expectedOrders)
    {
        var document = BriefingMarkdown.Parse(markdown);
        var references = document.Descendants<FootnoteLink>().Where(link => !link.IsBackLink).ToArray();
        Assert.Equal(expectedOrders, references.Select(link => link.Footnote.Order));
        Assert.All(references.Skip(1), link => Assert.IsType<FootnoteLink>(link.PreviousSibling));
        Assert.DoesNotContain(document.Descendants<LiteralInline>(), literal => literal.Content.ToString().Contains('\u2060'));
    }

    [Fact]
    public void Ordinary_links_are_untouched() =>
        Assert.Equal("https://example.org/", Assert.Single(BriefingMarkdown.Parse("[text][ref]\n\n[ref]: https://example.org/\n").Descendants<LinkInline>()).Url);

    [Fact]
    public void Raw_html_stays_text() =>
        Assert.Contains("<b>", string.Concat(BriefingMarkdown.Parse("a <b>bold</b> claim").Descendants<LiteralInline>().Select(literal => literal.Content.ToString())));
}
