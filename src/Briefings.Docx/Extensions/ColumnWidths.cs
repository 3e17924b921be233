using Briefings.Core.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Briefings.Docx.Extensions;

/// <summary>
/// Column widths in twips filling the text area: from the Markdown separator proportions when the table
/// gives them, otherwise from the content (longest text wanted, longest word as the floor).
/// </summary>
internal static class ColumnWidths
{
    /// <summary>Rough width of one character of body text, in twips, to compare text lengths with the page.</summary>
    private const double CharacterTwips = 105;

    private const int MinimumCharacters = 4;

    public static int[] Compute(Table table, int columns, int totalWidth)
    {
        var weights = new double[columns];
        var definitions = table.ColumnDefinitions;
        var fromMarkdown = definitions.Count >= columns;
        for (var i = 0; i < columns && fromMarkdown; i++)
        {
            weights[i] = definitions[i].Width;
            fromMarkdown = weights[i] > 0;
        }

        if (!fromMarkdown)
        {
            weights = FromContent(table, columns, totalWidth / CharacterTwips);
        }

        return Distribute(weights, totalWidth);
    }

    private static double[] FromContent(Table table, int columns, double capacity)
    {
        var desired = new double[columns];
        var minimum = new double[columns];
        Array.Fill(desired, MinimumCharacters);
        Array.Fill(minimum, MinimumCharacters);
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            var column = 0;
            foreach (var cellBlock in row)
            {
                if (cellBlock is not TableCell cell || column >= columns)
                {
                    break;
                }

                if (cell.ColumnSpan <= 1)
                {
                    var (length, longestWord) = Measure(cell);
                    desired[column] = Math.Max(desired[column], length);
                    minimum[column] = Math.Max(minimum[column], longestWord);
                }

                column += Math.Max(1, cell.ColumnSpan);
            }
        }

        var sumDesired = desired.Sum();
        if (sumDesired <= capacity)
        {
            return desired;
        }

        var sumMinimum = minimum.Sum();
        if (sumMinimum >= capacity)
        {
            return minimum;
        }

        var share = (capacity - sumMinimum) / (sumDesired - sumMinimum);
        var weights = new double[columns];
        for (var i = 0; i < columns; i++)
        {
            weights[i] = minimum[i] + ((desired[i] - minimum[i]) * share);
        }

        return weights;
    }

    private static (int Length, int LongestWord) Measure(ContainerBlock cell)
    {
        var length = 0;
        var longestWord = 0;
        foreach (var leaf in cell.Descendants<LeafBlock>())
        {
            var text = PlainText.Of(leaf.Inline);
            length += text.Length;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                longestWord = Math.Max(longestWord, word.Length);
            }
        }

        return (length, longestWord);
    }

    /// <summary>
    /// Whole twips in proportion to the weights, every column at least one twip, summing exactly to the total
    /// (largest remainders get the leftover twips). Rounding each column on its own let the errors pile up on
    /// the last one, which went negative in a table of 500 columns.
    /// </summary>
    internal static int[] Distribute(double[] weights, int totalWidth)
    {
        var sum = weights.Sum();
        var exact = weights.Select(weight => sum > 0 ? totalWidth * weight / sum : (double)totalWidth / weights.Length).ToArray();
        var widths = exact.Select(width => Math.Max(1, (int)Math.Floor(width))).ToArray();
        var leftover = totalWidth - widths.Sum();
        var byRemainder = Enumerable.Range(0, widths.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).ToArray();
        for (var k = 0; leftover > 0; k = (k + 1) % widths.Length, leftover--)
        {
            widths[byRemainder[k]]++;
        }

        // Only when columns outnumber twips of width could the minimum push the sum over: take from the widest.
        while (leftover < 0 && widths.Max() > 1)
        {
            widths[Array.IndexOf(widths, widths.Max())]--;
            leftover++;
        }

        return widths;
    }
}
