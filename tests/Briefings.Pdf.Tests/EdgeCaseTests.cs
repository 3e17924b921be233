using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Pdf.Tests;

/// <summary>Degenerate Markdown the fuzzer found: it must render, not throw.</summary>
public sealed class EdgeCaseTests
{
    private const string FrontMatter = "---\ntitle: Edge cases\n---\n\n";

    [Fact]
    public void An_empty_fenced_code_block_renders_nothing_and_the_text_around_it()
    {
        var output = Render.Markdown(FrontMatter + "Before.\n\n```\n```\n\nAfter.\n");
        using var document = PdfDocument.Open(output.Content);
        var text = string.Join(' ', document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
        Assert.Contains("Before.", text);
        Assert.Contains("After.", text);
    }

    [Theory]
    [InlineData("## \n\nText.\n")]
    [InlineData("## {.keep}\n\nText.\n")]
    public void An_empty_heading_has_no_outline_entry(string body)
    {
        var output = Render.Markdown(FrontMatter + body + "\n## Named\n\nMore.\n");
        using var document = PdfDocument.Open(output.Content);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Named"], bookmarks.GetNodes().Select(node => node.Title));
    }
}
