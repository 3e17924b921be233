using System.Text;
using Xunit;

namespace Briefings.Pdf.Tests;

public sealed class ConcurrencyTests
{
    private static IReadOnlyList<string> Documents()
    {
        var contents = new StringBuilder("---\ntitle: Contents\ntoc: true\n---\n\n");
        for (var section = 1; section <= 8; section++)
        {
            contents.Append("# Part ").Append(section).Append("\n\n").Append(string.Join(' ', Enumerable.Repeat("Negotiations continued without result.", 40))).Append("\n\n");
        }

        return
        [
            File.ReadAllText(Render.SamplePath("everything.md")),
            contents.ToString(),
            "---\ntitle: Mixed\n---\n\nThe islands are called איי קוריל in Hebrew and جزر الكوريل in Arabic.[^1]\n\n[^1]: A note.\n",
            "---\ntitle: Plain\n---\n\n| A | B |\n|:--|:--|\n| one | two |\n",
        ];
    }

    [Fact]
    public void Documents_rendered_in_parallel_on_one_cold_renderer_match_serial_renders()
    {
        var documents = Documents();
        var serial = documents.Select(markdown => new PdfBriefingRenderer().Render(Render.Document(markdown)).Content).ToList();

        var shared = new PdfBriefingRenderer();
        var jobs = Enumerable.Range(0, documents.Count * 3).ToList();
        var parallel = new byte[jobs.Count][];
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, job =>
            parallel[job] = shared.Render(Render.Document(documents[job % documents.Count])).Content);

        for (var job = 0; job < jobs.Count; job++)
        {
            Assert.True(serial[job % documents.Count].AsSpan().SequenceEqual(parallel[job]), $"document {job % documents.Count} differs when rendered in parallel");
        }
    }
}
