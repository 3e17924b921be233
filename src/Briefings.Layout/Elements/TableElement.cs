using Briefings.Layout.Drawing;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Elements;

/// <summary>
/// A table: header rows repeated at the top of every page the table covers, body rows kept whole (moved to the
/// next page) unless a row is taller than a page, then split cell by cell; never one row alone at the start or
/// end of a split. Column widths come from the content
/// (<see cref="TableColumnWidths.FromContent"/>) or from given proportions, rebalanced when that makes the table
/// much shorter (<see cref="TableColumnWidths.Balance"/>).
/// </summary>
public sealed class TableElement : Element
{
    private const double Epsilon = 0.01;

    private readonly IReadOnlyList<IReadOnlyList<Element>> header;
    private readonly IReadOnlyList<IReadOnlyList<Element>> rows;
    private readonly IReadOnlyList<double>? proportions;
    private readonly TableStyle style;
    private readonly int columnCount;
    private double[]? widths;
    private double widthsFor = double.NaN;
    private int nextRow;
    private bool rowStarted;

    // What a row takes whole, at the current widths: paging measures a page's rows a dozen times (the footnote
    // bisection), and a row's cells change only when it is drawn, so until it is begun this is fixed.
    private (double Height, IReadOnlyList<string>? Footnotes)?[]? fullRows;
    private double? headerHeight;

    public TableElement(
        IReadOnlyList<IReadOnlyList<Element>> header,
        IReadOnlyList<IReadOnlyList<Element>> rows,
        TableStyle style,
        IReadOnlyList<double>? proportions = null)
    {
        this.header = header;
        this.rows = rows;
        this.style = style;
        columnCount = header.Concat(rows).Select(row => row.Count).DefaultIfEmpty(0).Max();
        this.proportions = proportions is { Count: > 0 } && proportions.Count == columnCount && proportions.Sum() > 0 ? proportions : null;
    }

    public IReadOnlyList<double> ColumnWidths(double width)
    {
        if (widths is null || Math.Abs(widthsFor - width) > 1e-9)
        {
            var start = proportions is not null
                ? TableColumnWidths.FromProportions(proportions, width)
                : TableColumnWidths.FromContent([.. Enumerable.Range(0, columnCount).Select(ColumnContentWidths)], width);
            widths = TableColumnWidths.Balance(start, CellContentWidths(), width);
            widthsFor = width;
            ForgetRowHeights();
        }

        return widths;
    }

    public override SpacePlan Measure(LayoutSpace space) => Plan(space).Plan;

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        var (plan, slice) = Plan(space);
        if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.Empty)
        {
            return;
        }

        var columnWidths = ColumnWidths(space.Width);
        var top = y;
        foreach (var row in header)
        {
            var height = RowHeight(row, columnWidths, 1e7, true).Height;
            DrawRow(canvas, row, columnWidths, x, top, height, style.HeaderBackground, 1e7);
            top += height;
            foreach (var cell in row)
            {
                // The header is drawn again on the next page.
                cell.Reset();
            }
        }

        var start = nextRow;
        for (var index = start; index < start + slice.Rows; index++)
        {
            // Whole rows take what planning found (remembered, or measured afresh for a row begun on an earlier page,
            // which nothing has drawn since); a split row, the part that fits.
            var height = slice.Split ? slice.LastHeight : FullRow(index, columnWidths).Height;
            var background = index % 2 == 1 ? style.ZebraBackground : null;
            DrawRow(canvas, rows[index], columnWidths, x, top, height, background, height - style.CellPadding.Vertical);
            top += height;
            nextRow = slice.Split ? index : index + 1;
            rowStarted = slice.Split;
        }
    }

    public override void Reset()
    {
        nextRow = 0;
        rowStarted = false;
        ForgetRowHeights();
        foreach (var cell in header.Concat(rows).SelectMany(row => row))
        {
            cell.Reset();
        }
    }

    public override ContentWidths MeasureContentWidths()
    {
        var columns = Enumerable.Range(0, columnCount).Select(ColumnContentWidths).ToList();
        return new ContentWidths(columns.Sum(column => column.Min), columns.Sum(column => column.Max));
    }

    private List<IReadOnlyList<ContentWidths>> CellContentWidths() =>
        [.. header.Concat(rows).Select(row => (IReadOnlyList<ContentWidths>)[.. row.Select(cell => cell.MeasureContentWidths() + style.CellPadding.Horizontal)])];

    private ContentWidths ColumnContentWidths(int column)
    {
        var widths = new ContentWidths(0, 0);
        foreach (var row in header.Concat(rows))
        {
            if (column < row.Count)
            {
                widths = widths.Union(row[column].MeasureContentWidths() + style.CellPadding.Horizontal);
            }
        }

        return widths;
    }

    /// <summary>
    /// What of the table fits: a run of whole rows from the next one, or (at the top of a page, a row taller than
    /// it) the part of that row that fits. Described by <see cref="TableSlice"/>, so measuring, which paging does a
    /// dozen times a page, collects nothing.
    /// </summary>
    private (SpacePlan Plan, TableSlice Slice) Plan(LayoutSpace space)
    {
        if (nextRow >= rows.Count)
        {
            return (nextRow == 0 && header.Count > 0 && !rowStarted ? HeaderOnly(space) : SpacePlan.Empty, default);
        }

        var columnWidths = ColumnWidths(space.Width);
        var used = HeaderHeight(columnWidths);
        var footnotes = default(GatheredFootnotes);
        var slice = default(TableSlice);
        for (var index = nextRow; index < rows.Count; index++)
        {
            var (full, fullNotes) = FullRow(index, columnWidths);
            if (used + full <= space.Height + Epsilon)
            {
                used += full;
                footnotes.Add(fullNotes);
                slice = slice with { Rows = slice.Rows + 1, LastHeight = full };
                continue;
            }

            // A row taller than what is left: split it only at the top of a page (it is taller than a page),
            // otherwise carry it whole to the next page.
            if (slice.Rows == 0 && space.IsPageTop)
            {
                var available = space.Height - used - style.CellPadding.Vertical;
                var (height, notes, fits) = RowPart(rows[index], columnWidths, available);
                if (fits)
                {
                    used += height;
                    footnotes.Add(notes);
                    slice = new TableSlice(1, height, Split: true);
                }
            }

            break;
        }

        if (slice.Rows == 0)
        {
            return (SpacePlan.Wrap("no table row fits below the header"), slice);
        }

        var last = nextRow + slice.Rows - 1;
        var complete = last == rows.Count - 1 && !slice.Split;
        if (!complete && !slice.Split)
        {
            // Widow and orphan control for rows: a table does not start with its header and a single row at the
            // foot of a page, nor end with a single row under the repeated header on the next.
            var starting = nextRow == 0 && !rowStarted;
            if (starting && slice.Rows == 1 && rows.Count >= 3 && !space.IsPageTop)
            {
                return (SpacePlan.Wrap("a table does not start with a single row at a page foot"), default);
            }

            if (last == rows.Count - 2 && slice.Rows >= 3)
            {
                used -= slice.LastHeight;
                slice = slice with { Rows = slice.Rows - 1, LastHeight = FullRow(last - 1, columnWidths).Height };
                footnotes = default;
                for (var row = nextRow; row < last; row++)
                {
                    footnotes.Add(FullRow(row, columnWidths).Footnotes);
                }
            }
        }

        return (complete ? SpacePlan.Full(used, footnotes.Result) : SpacePlan.Partial(used, footnotes.Result), slice);
    }

    private SpacePlan HeaderOnly(LayoutSpace space)
    {
        var height = HeaderHeight(ColumnWidths(space.Width));
        return height <= space.Height + Epsilon || space.IsPageTop ? SpacePlan.Full(height) : SpacePlan.Wrap("no room for the table header");
    }

    /// <summary>The header rows' height: their cells are reset after every drawing, so it is fixed at given widths.</summary>
    private double HeaderHeight(IReadOnlyList<double> columnWidths) =>
        headerHeight ??= header.Sum(row => RowHeight(row, columnWidths, 1e7, true).Height);

    /// <summary>What body row <paramref name="index"/> takes whole: remembered until the row is begun, measured afresh after.</summary>
    private (double Height, IReadOnlyList<string>? Footnotes) FullRow(int index, IReadOnlyList<double> columnWidths)
    {
        if (index == nextRow && rowStarted)
        {
            return RowHeight(rows[index], columnWidths, 1e7, true);
        }

        fullRows ??= new (double, IReadOnlyList<string>?)?[rows.Count];
        return fullRows[index] ??= RowHeight(rows[index], columnWidths, 1e7, true);
    }

    private void ForgetRowHeights()
    {
        fullRows = null;
        headerHeight = null;
    }

    private (double Height, IReadOnlyList<string>? Footnotes) RowHeight(IReadOnlyList<Element> row, IReadOnlyList<double> columnWidths, double available, bool pageTop)
    {
        var height = 0.0;
        var footnotes = default(GatheredFootnotes);
        for (var column = 0; column < row.Count; column++)
        {
            var plan = row[column].Measure(CellSpace(columnWidths[column], available, pageTop));
            height = Math.Max(height, plan.Height);
            footnotes.Add(plan.Footnotes);
        }

        return (height + style.CellPadding.Vertical, footnotes.Result);
    }

    private (double Height, IReadOnlyList<string>? Footnotes, bool Fits) RowPart(IReadOnlyList<Element> row, IReadOnlyList<double> columnWidths, double available)
    {
        var height = 0.0;
        var fits = false;
        var footnotes = default(GatheredFootnotes);
        for (var column = 0; column < row.Count; column++)
        {
            var plan = row[column].Measure(CellSpace(columnWidths[column], Math.Max(0, available), true));
            if (plan.Kind is SpacePlanKind.Full or SpacePlanKind.Partial)
            {
                fits = true;
                height = Math.Max(height, plan.Height);
                footnotes.Add(plan.Footnotes);
            }
        }

        return (height + style.CellPadding.Vertical, footnotes.Result, fits);
    }

    private LayoutSpace CellSpace(double columnWidth, double available, bool pageTop) =>
        new(Math.Max(1, columnWidth - style.CellPadding.Horizontal), available, pageTop);

    private void DrawRow(ICanvas canvas, IReadOnlyList<Element> row, IReadOnlyList<double> columnWidths, double x, double y, double height, Color? background, double contentHeight)
    {
        if (background is { } fill)
        {
            canvas.FillRectangle(new Rect(x, y, columnWidths.Sum(), height), fill);
        }

        var cellX = x;
        for (var column = 0; column < columnCount; column++)
        {
            var width = columnWidths[column];
            if (column < row.Count)
            {
                row[column].Draw(canvas, cellX + style.CellPadding.Left, y + style.CellPadding.Top, CellSpace(width, contentHeight, true));
            }

            canvas.StrokeRectangle(new Rect(cellX, y, width, height), style.BorderColor, style.BorderWidth);
            cellX += width;
        }
    }
}
