using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Pdf.Tests;

/// <summary>A list's hanging indent holds its widest marker: numbers are never broken inside.</summary>
public sealed class ListMarkerTests
{
    private const string FrontMatter = "---\ntitle: Lists\n---\n\n";

    [Theory]
    [InlineData(1, 120, new[] { "1.", "9.", "10.", "99.", "100.", "120." })]
    [InlineData(1956, 3, new[] { "1956.", "1957.", "1958." })]
    public void Every_number_reads_back_whole(int start, int count, string[] expected)
    {
        var markdown = FrontMatter + string.Concat(Enumerable.Range(start, count).Select(number => $"{number}. An item.\n"));

        using var document = PdfDocument.Open(Render.Markdown(markdown).Content);
        var words = document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text).ToHashSet();

        Assert.All(expected, marker => Assert.Contains(marker, words));
    }
}
