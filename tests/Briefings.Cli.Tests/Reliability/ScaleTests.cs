using System.Text;
using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Inputs of unreasonable size: they build, or stop with a located error, within the time bound and without
/// touching out/. The largest (100,000 events, a 1 MB fact as PDF) take tens of seconds and run only when
/// <c>BRIEFINGS_SCALE_TESTS=1</c>; their figures are in docs/reliability.md.
/// </summary>
public sealed class ScaleTests : IDisposable
{
    private readonly HostileDossier dossier = new();

    [Fact]
    public void A_50_MB_source_is_read_and_its_quotes_are_found()
    {
        var source = Path.Combine(dossier.Seeds, "gazette.txt");
        using (var writer = new StreamWriter(source, append: true, new UTF8Encoding(false)))
        {
            for (var line = 0; writer.BaseStream.Length < 50L * 1024 * 1024; line++)
            {
                writer.Write($"Filler paragraph {line} about the river, its banks and its ferries, written to make the source very large.\n");
                if (line % 10_000 == 0)
                {
                    writer.Flush();
                }
            }
        }

        var run = dossier.Build(["positions-comparison", "--format", "md", .. HostileDossier.Parameters]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(new FileInfo(source).Length >= 50L * 1024 * 1024);
    }

    [Fact]
    public void A_1_MB_fact_builds_as_docx_and_markdown()
    {
        var text = string.Concat(Enumerable.Repeat("The ferry crosses the river again and again. ", 23_000));
        dossier.EditFacts("text: \"The Ferry Protocol restores the ferry service between the banks.\"", $"text: \"{text}\"");

        var run = dossier.Build("chronology", "--format", "docx,md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(new FileInfo(Path.Combine(dossier.Out, "chronology.md")).Length > 1_000_000);
        var problems = DocxChecks.Problems(File.ReadAllBytes(Path.Combine(dossier.Out, "chronology.docx")));
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(5)));
    }

    [ScaleFact]
    public void A_1_MB_fact_builds_as_pdf()
    {
        var text = string.Concat(Enumerable.Repeat("The ferry crosses the river again and again. ", 23_000));
        dossier.EditFacts("text: \"The Ferry Protocol restores the ferry service between the banks.\"", $"text: \"{text}\"");

        var run = dossier.Build("chronology", "--format", "pdf", "--force");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(dossier.Out, "chronology.pdf")));
        Assert.True(pdf.NumberOfPages > 100);
    }

    [Fact]
    public void Ten_thousand_events_build() => ManyEvents(10_000, mustBuild: true);

    [ScaleFact]
    public void A_hundred_thousand_events_build_or_name_the_table_that_is_too_large() => ManyEvents(100_000, mustBuild: false);

    public void Dispose() => dossier.Dispose();

    private void ManyEvents(int count, bool mustBuild)
    {
        var events = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            events.Append($"  - id: generated-{i}\n    date: \"{1902 + (i % 100)}-{1 + (i % 12):00}-{1 + (i % 28):00}\"\n    title: \"Generated event {i}\"\n")
                .Append($"    text: \"A joint commission surveys the river again, pass {i}.\"\n    places: [silver-river]\n")
                .Append("    cite: [ { source: gazette, quote: \"A joint commission surveyed the river in 1903\" } ]\n");
        }

        dossier.EditFacts("\npositions:\n", "\n" + events + "\npositions:\n");

        var run = dossier.Build("chronology", "--format", "pdf,docx");

        // The chronology sets an era as tables of at most 400 rows; a table of any length parses in linear time.
        Assert.True(!mustBuild || run.ExitCode == 0, run.ToString());
        if (run.ExitCode == 0)
        {
            Assert.True(File.Exists(Path.Combine(dossier.Out, "chronology.pdf")));
            return;
        }

        // Should a table still be refused (BRF-MD-010: something in it nests too deeply), the build must say so, at
        // the table, and change nothing.
        HostileAssert.LocatedError(run, "chronology.md", null, "BRF-MD-010", "nests too deeply");
        dossier.AssertOutUntouched();
    }
}
