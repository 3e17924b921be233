using Briefings.Layout.Elements;
using Xunit;

namespace Briefings.Layout.Tests.Elements;

public sealed class TableColumnWidthsTests
{
    private const double Width = 450;

    private static IReadOnlyList<IReadOnlyList<ContentWidths>> Rows(int count, params ContentWidths[] cells) =>
        [.. Enumerable.Repeat<IReadOnlyList<ContentWidths>>(cells, count)];

    [Fact]
    public void Long_sentences_squeezed_beside_short_quotes_get_the_room()
    {
        // The template said 1 : 2 (versions were names); the versions became sentences, the quotes stayed short.
        var cells = Rows(6, new ContentWidths(60, 1200), new ContentWidths(50, 300));
        var start = TableColumnWidths.FromProportions([1, 2], Width);

        var widths = TableColumnWidths.Balance(start, cells, Width);

        Assert.True(widths[0] > widths[1], $"{widths[0]:F0} / {widths[1]:F0}");
        Assert.Equal(Width, widths.Sum(), 6);
    }

    [Fact]
    public void A_sensible_layout_is_kept_as_given()
    {
        // A date column and an event column, as the chronology asks: narrowing the dates would gain little.
        var cells = Rows(9, new ContentWidths(45, 75), new ContentWidths(60, 1500));
        var start = TableColumnWidths.FromProportions([7, 29], Width);

        Assert.Same(start, TableColumnWidths.Balance(start, cells, Width));
    }

    [Fact]
    public void No_column_is_left_narrower_than_its_widest_word()
    {
        var cells = Rows(4, new ContentWidths(120, 130), new ContentWidths(40, 3000), new ContentWidths(30, 40));
        var start = TableColumnWidths.FromProportions([1, 1, 8], Width);

        var widths = TableColumnWidths.Balance(start, cells, Width);

        Assert.NotSame(start, widths);
        Assert.True(widths[0] >= 120 - 1e-9 && widths[1] >= 40 - 1e-9 && widths[2] >= 30 - 1e-9, string.Join(", ", widths));
        Assert.Equal(Width, widths.Sum(), 6);
    }
}
