using Briefings.Docx.Extensions;
using Xunit;

namespace Briefings.Docx.Tests;

/// <summary>Table grid widths: whole twips, none below one, always the text width in total.</summary>
public sealed class ColumnWidthsTests
{
    [Theory]
    [InlineData(2, 9638)]
    [InlineData(7, 9638)]
    [InlineData(500, 9638)]
    [InlineData(3, 10)]
    public void Widths_are_positive_and_fill_the_width(int columns, int total)
    {
        var weights = Enumerable.Range(1, columns).Select(i => (double)(i % 5) + 0.3).ToArray();
        var widths = ColumnWidths.Distribute(weights, total);
        Assert.Equal(total, widths.Sum());
        Assert.All(widths, width => Assert.True(width >= 1));
    }

    [Fact]
    public void Widths_follow_the_proportions() =>
        Assert.Equal([2000, 6000, 2000], ColumnWidths.Distribute([1, 3, 1], 10000));
}
