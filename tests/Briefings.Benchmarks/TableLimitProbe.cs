using System.Text;
using Briefings.Core.Markdown;

namespace Briefings.Benchmarks;

/// <summary>
/// <c>table-limit</c>: the largest pipe table (rows of a chronology's shape) that the shared Markdig pipeline
/// parses, found by bisection, and how the parse time grows with the rows. Markdig refuses deeper inline nesting
/// than its limit, and a pipe table's rows are nested inline delimiters.
/// </summary>
internal static class TableLimitProbe
{
    public static int Run()
    {
        int low = 1, high = 200_000;
        if (Parses(high))
        {
            Console.WriteLine($"a table of {high:N0} rows parses");
            return 0;
        }

        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Parses(middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        Console.WriteLine($"largest table that parses: {low:N0} rows; {high:N0} rows fail");
        foreach (var rows in new[] { 250, 500, 1_000, 2_000, 4_000, low })
        {
            Parses(rows);
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            Parses(rows);
            Console.WriteLine($"parse of a {rows:N0}-row table: {stopwatch.Elapsed.TotalMilliseconds:0} ms");
        }

        return 0;
    }

    private static bool Parses(int rows)
    {
        var markdown = new StringBuilder("| Date | Event |\n|:-------|:-----------------------------|\n");
        for (var row = 0; row < rows; row++)
        {
            markdown.Append("| 12 March 1923 | **Northland and Southland sign a protocol.** Northland and Southland signed a fisheries protocol at Port Amber.[^").Append(row + 1).Append("] |\n");
        }

        try
        {
            BriefingMarkdown.Parse(markdown.ToString());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
