using System.Text.RegularExpressions;
using Briefings.Testing.ExternalTools;
using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Pdf.Tests;

public sealed partial class DestinationTests
{
    private const string Markdown = """
        ---
        title: Destinations
        ---

        ## Japan–Soviet Joint Communiqué

        See [the communiqué](#japansoviet-joint-communiqué) and [the long one](#a-heading-so-long-that-its-identifier-runs-past-the-hundred-and-twenty-bytes-a-pdf-name-may-portably-hold-in-any-reader-at-all).

        ## A heading so long that its identifier runs past the hundred and twenty bytes a PDF name may portably hold in any reader at all

        Text.
        """;

    [Fact]
    public void Headings_with_any_characters_get_bookmarks_and_links_that_reach_them()
    {
        // Links and bookmarks both name the two headings' destinations, which the catalog defines.
        var output = Render.Markdown(Markdown);

        using var document = PdfDocument.Open(output.Content);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.GetNodes(), node => node.Title == "Japan–Soviet Joint Communiqué");
        var syntax = PdfReading.Syntax(output.Content);
        var linked = LinkDestination().Matches(syntax).Select(match => match.Groups[1].Value).Distinct().ToList();
        Assert.Equal(2, linked.Count);
        Assert.All(linked, name =>
        {
            Assert.True(name.Length <= 127, name);
            Assert.True(name.All(char.IsAscii), name);
            Assert.Contains("/" + name + " [", syntax, StringComparison.Ordinal);
        });
    }

    [ToolFact(Qpdf.Tool)]
    public void Qpdf_accepts_the_names()
    {
        var result = Qpdf.Check(PdfReading.TempFile(Render.Markdown(Markdown).Content, "destinations"));
        Assert.True(result.IsClean, result.ToString());
    }

    [GeneratedRegex(@"/Dest /([^\s/\[\]<>()]+)")]
    private static partial Regex LinkDestination();
}
