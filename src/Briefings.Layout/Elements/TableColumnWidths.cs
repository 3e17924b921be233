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
}
