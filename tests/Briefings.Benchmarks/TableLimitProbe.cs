using System.Diagnostics;
using Briefings.Core.Markdown;
using Markdig;

namespace Briefings.Benchmarks;

/// <summary>
/// <c>table-limit</c>: for the shared pipeline and for the same pipeline with Markdig's own pipe table parser, the
/// largest pipe table (rows of a chronology's shape) it parses, found by bisection, and how the parse time grows
/// with the rows. Markdig refuses deeper inline nesting than its limit, and its own table parser nests the rows.
/// </summary>
internal static class TableLimitProbe
{
    private const int MostRows = 200_000;

    public static int Run()
    {
        foreach (var (name, pipeline) in new[]
        {
            ("Markdig's table parser", BriefingMarkdown.CreatePipeline(linearFootnotes: true, linearTables: false)),
            ("linear table parser", BriefingMarkdown.Pipeline),
        })
        {
            var largest = Largest(pipeline);
            Console.WriteLine(largest == MostRows
                ? $"{name}: a table of {MostRows:N0} rows parses"
                : $"{name}: largest table that parses: {largest:N0} rows; {largest + 1:N0} rows fail");
            foreach (var rows in new[] { 400, 1_600, 6_400, 25_600, largest }.Where(rows => rows <= largest).Distinct())
            {
                var markdown = ChronologyTable.Markdown(rows);
                Parses(markdown, pipeline);
                var stopwatch = Stopwatch.StartNew();
                Parses(markdown, pipeline);
                Console.WriteLine($"  parse of a {rows:N0}-row table: {stopwatch.Elapsed.TotalMilliseconds:0} ms");
            }
        }

        return 0;
    }

    private static int Largest(MarkdownPipeline pipeline)
    {
        if (Parses(ChronologyTable.Markdown(MostRows), pipeline))
        {
            return MostRows;
        }

        int low = 1, high = MostRows;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Parses(ChronologyTable.Markdown(middle), pipeline))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool Parses(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            Markdig.Markdown.Parse(AdjacentFootnoteReferences.Separate(markdown), pipeline);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
