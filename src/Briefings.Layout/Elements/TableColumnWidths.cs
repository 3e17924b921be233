namespace Briefings.Layout.Elements;

/// <summary>
/// Column widths the way CSS sizes an automatic table that fills its container: every column gets at least its
/// widest word (min-content); the rest of the width goes in proportion to how much more each column wants
/// (max-content minus min-content), or in proportion to max-content once every column is satisfied.
/// </summary>
public static class TableColumnWidths
{
    public static double[] FromContent(IReadOnlyList<ContentWidths> columns, double width)
    {
        var count = columns.Count;
        var widths = new double[count];
        if (count == 0)
        {
            return widths;
        }

        var minTotal = columns.Sum(column => column.Min);
        var maxTotal = columns.Sum(column => Math.Max(column.Min, column.Max));
        for (var index = 0; index < count; index++)
        {
            var min = columns[index].Min;
            var max = Math.Max(min, columns[index].Max);
            widths[index] = minTotal >= width
                ? (minTotal > 0 ? width * min / minTotal : width / count)
                : maxTotal <= width
                    ? (maxTotal > 0 ? max + ((width - maxTotal) * max / maxTotal) : width / count)
                    : min + ((max - min) * (width - minTotal) / (maxTotal - minTotal));
        }

        return widths;
    }

    /// <summary>Widths in the given proportions (e.g. from the dashes of a Markdown table's separator row).</summary>
    public static double[] FromProportions(IReadOnlyList<double> proportions, double width)
    {
        var total = proportions.Sum();
        return [.. proportions.Select(proportion => total > 0 ? width * proportion / total : width / proportions.Count)];
    }

    /// <summary>
    /// Improves starting widths (from the template's proportions or <see cref="FromContent"/>) when they would
    /// make the table much taller than it needs to be: a column of long sentences squeezed beside a column of
    /// short quotes. The table's height is estimated from each cell's unwrapped width (a cell needs about
    /// max-content / width lines; a row is as tall as its tallest cell), and width is moved between columns,
    /// never below a column's widest word, while that lowers the estimate. The result replaces the starting
    /// widths only when it saves more than <paramref name="worthIt"/> of the height, so a sensible template
    /// layout stays as it was given.
    /// </summary>
    /// <param name="cells">The content widths of every row's cells (padding included), header rows too.</param>
    public static double[] Balance(double[] start, IReadOnlyList<IReadOnlyList<ContentWidths>> cells, double width, double worthIt = 0.15)
    {
        var count = start.Length;
        if (count < 2 || count > MaxBalancedColumns || cells.Count == 0)
        {
            return start;
        }

        var mins = new double[count];
        foreach (var row in cells)
        {
            for (var column = 0; column < Math.Min(count, row.Count); column++)
            {
                mins[column] = Math.Max(mins[column], row[column].Min);
            }
        }

        if (mins.Sum() >= width)
        {
            return start;
        }

        var widths = WithMinimums(start, mins);
        var before = EstimatedLines(start, cells);
        var current = EstimatedLines(widths, cells);
        var step = width * 0.05;
        for (var round = 0; round < 400 && step > 0.5; round++)
        {
            var improved = false;
            for (var to = 0; to < count; to++)
            {
                for (var from = 0; from < count; from++)
                {
                    if (from == to || widths[from] - step < mins[from])
                    {
                        continue;
                    }

                    widths[from] -= step;
                    widths[to] += step;
                    var estimate = EstimatedLines(widths, cells);
                    if (estimate < current - 1e-9)
                    {
                        current = estimate;
                        improved = true;
                    }
                    else
                    {
                        widths[from] += step;
                        widths[to] -= step;
                    }
                }
            }

            if (!improved)
            {
                step /= 2;
            }
        }

        return current < before * (1 - worthIt) ? widths : start;
    }

    /// <summary>Columns are balanced pair by pair: beyond this many, the cost grows for little gain.</summary>
    private const int MaxBalancedColumns = 12;

    /// <summary>The table's height in lines, roughly: per row, the most lines any cell needs at its column's width.</summary>
    private static double EstimatedLines(double[] widths, IReadOnlyList<IReadOnlyList<ContentWidths>> cells)
    {
        var total = 0.0;
        foreach (var row in cells)
        {
            var tallest = 0.0;
            for (var column = 0; column < Math.Min(widths.Length, row.Count); column++)
            {
                var content = row[column].Max;
                if (content > 0)
                {
                    tallest = Math.Max(tallest, Math.Max(1, content / widths[column]));
                }
            }

            total += tallest;
        }

        return total;
    }

    /// <summary>The widths raised to their minimums, what that costs taken from the columns with room to spare.</summary>
    private static double[] WithMinimums(double[] start, double[] mins)
    {
        var widths = (double[])start.Clone();
        var deficit = 0.0;
        for (var column = 0; column < widths.Length; column++)
        {
            if (widths[column] < mins[column])
            {
                deficit += mins[column] - widths[column];
                widths[column] = mins[column];
            }
        }

        var spare = widths.Select((value, column) => value - mins[column]).Sum();
        if (deficit > 0 && spare > 0)
        {
            for (var column = 0; column < widths.Length; column++)
            {
                widths[column] -= deficit * (widths[column] - mins[column]) / spare;
            }
        }

        return widths;
    }
}
