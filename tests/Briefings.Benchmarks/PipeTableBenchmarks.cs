using BenchmarkDotNet.Attributes;
using Briefings.Core.Markdown;
using Markdig;
using Markdig.Syntax;

namespace Briefings.Benchmarks;

/// <summary>
/// Parsing one pipe table of N chronology-shaped rows with the shared pipeline, whose table parser is linear, and
/// with the same pipeline but Markdig's own table parser. Markdig's refuses these rows from about 5,120 on (each
/// bold title is two more levels of nesting), so it is measured up to 4,800.
/// </summary>
[MemoryDiagnoser]
public class PipeTableBenchmarks
{
    private static readonly MarkdownPipeline MarkdigTables = BriefingMarkdown.CreatePipeline(linearFootnotes: true, linearTables: false);

    private readonly Dictionary<int, string> tables = [];

    [GlobalSetup]
    public void Setup()
    {
        foreach (var rows in new[] { 400, 1_600, 4_800, 6_400 })
        {
            tables[rows] = ChronologyTable.Markdown(rows);
        }
    }

    [Benchmark(Description = "pipe table: Markdig's parser")]
    [Arguments(400)]
    [Arguments(1_600)]
    [Arguments(4_800)]
    public MarkdownDocument MarkdigsParser(int rows) => Markdig.Markdown.Parse(tables[rows], MarkdigTables);

    [Benchmark(Description = "pipe table: linear parser")]
    [Arguments(400)]
    [Arguments(1_600)]
    [Arguments(4_800)]
    [Arguments(6_400)]
    public MarkdownDocument LinearParser(int rows) => BriefingMarkdown.Parse(tables[rows]);
}
