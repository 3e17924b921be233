using Briefings.Layout.Elements;
using Briefings.Layout.Tests.Documents;
using Xunit;

namespace Briefings.Layout.Tests.Elements;

public sealed class TableSplitTests
{
    /// <summary>A header and one-line rows: every row (and the header) is one line plus 6 pt of padding.</summary>
    private const double Row = (10.5 * 1.3) + 6;

    private static TableElement Table(int rowCount, Briefings.Layout.Text.TypesetContext context)
    {
        Element Cell(string text) => Pages.Paragraph(text, context);
        var header = new List<IReadOnlyList<Element>> { new[] { Cell("Year"), Cell("Event") } };
        var rows = Enumerable.Range(1, rowCount)
            .Select(index => (IReadOnlyList<Element>)[Cell($"{1900 + index}"), Cell($"Event {index}")])
            .ToList();
        return new TableElement(header, rows, new TableStyle(Geometry.Thickness.All(3), Geometry.Color.Black));
    }

    private static List<int> RowsPerPage(IEnumerable<Drawing.RecordedPage> pages) =>
        [.. pages.Select(page => page.Texts.Count(text => text.Text.StartsWith("19", StringComparison.Ordinal) && text.Text.Length == 4))];

    [Fact]
    public void The_last_row_never_goes_alone_to_the_next_page()
    {
        var context = TestFonts.NewContext();
        // Room for the header and four rows of five.
        var height = (2 * Pages.Margin) + (5 * Row) + 2;

        var pages = Pages.Render(new ColumnElement([new ColumnItem(Table(5, context))]), height).Pages;

        Assert.Equal([3, 2], RowsPerPage(pages));
    }

    [Fact]
    public void A_table_does_not_start_with_one_row_at_a_page_foot()
    {
        var context = TestFonts.NewContext();
        var before = Pages.Paragraph(Pages.Words(6), context);
        // A line of text, then room for the header and one row only.
        var height = (2 * Pages.Margin) + Pages.Line + (2 * Row) + 8;

        var pages = Pages.Render(new ColumnElement([new ColumnItem(before, 0, 6), new ColumnItem(Table(4, context))]), height).Pages;

        Assert.Equal(0, RowsPerPage(pages)[0]);
        Assert.Equal(4, RowsPerPage(pages).Sum());
    }

    [Fact]
    public void A_short_table_may_still_split_one_and_one()
    {
        var context = TestFonts.NewContext();
        var height = (2 * Pages.Margin) + (2 * Row) + 2;

        var pages = Pages.Render(new ColumnElement([new ColumnItem(Table(2, context))]), height).Pages;

        Assert.Equal([1, 1], RowsPerPage(pages));
    }
}
