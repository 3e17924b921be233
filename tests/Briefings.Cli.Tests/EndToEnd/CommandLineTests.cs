using System.Text.Json;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.EndToEnd;

/// <summary>The briefings command as a user and CI meet it: commands, exit codes, messages, files.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly ScratchDossier dossier = new(ScratchDossier.RiverDossier);

    private string[] Folders => ["--seeds", dossier.Seeds, "--templates", dossier.Templates];

    private string[] Build(params string[] extra) =>
        ["build", .. Folders, "--out", dossier.Out, "--param", "left=northland", "--param", "right=southland", .. extra];

    [Fact]
    public void Build_writes_pdf_and_docx_for_every_briefing_then_finds_nothing_to_do()
    {
        var first = CliRun.Of(Build());
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("10 written, 0 unchanged", first.Output);
        var files = ScratchDossier.Files(dossier.Out).Keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("treaty-summary/river-treaty-1901.pdf", files);
        Assert.Contains("treaty-summary/river-treaty-1901.docx", files);
        Assert.Contains("chronology.pdf", files);
        Assert.Equal(11, files.Length);

        var second = CliRun.Of(Build());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("nothing changed, nothing rewritten", second.Output);
    }

    [Fact]
    public void Verify_exits_1_and_lists_stale_files()
    {
        Assert.Equal(0, CliRun.Of(Build()).ExitCode);
        Assert.Equal(0, CliRun.Of(Build("--verify")).ExitCode);

        File.WriteAllText(Path.Combine(dossier.Out, "chronology.docx"), "not a document");
        var verify = CliRun.Of(Build("--verify"));

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("stale: chronology.docx", verify.Output);
        Assert.Equal("not a document", File.ReadAllText(Path.Combine(dossier.Out, "chronology.docx")));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "no-such-template")]
    [InlineData("build", "--format", "odt")]
    [InlineData("build", "--param", "novalue")]
    [InlineData("build", "--jobs", "0")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2_and_say_what_is_wrong(params string[] args)
    {
        var run = CliRun.Of([.. args, .. Folders, "--out", dossier.Out]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dossier.Out));
    }

    [Fact]
    public void Content_errors_exit_1_with_their_location_and_leave_out_untouched()
    {
        Assert.Equal(0, CliRun.Of(Build()).ExitCode);
        var before = ScratchDossier.Files(dossier.Out);
        File.WriteAllText(dossier.Facts, File.ReadAllText(dossier.Facts).Replace("date: \"1901-05-12\"", "date: \"1901-02-30\"", StringComparison.Ordinal));

        var run = CliRun.Of(Build("--force"));

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"facts\.yaml:\d+:\d+: error BRF-", run.Error);
        Assert.Contains("nothing in the out folder was changed", run.Error);
        var after = ScratchDossier.Files(dossier.Out);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public void Json_report_lists_every_output_with_its_hash()
    {
        var run = CliRun.Of(Build("--json"));
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var outputs = report.RootElement.GetProperty("outputs").EnumerateArray().ToArray();
        Assert.Equal(10, outputs.Length);
        Assert.All(outputs, output => Assert.Equal(64, output.GetProperty("sha256").GetString()!.Length));
        Assert.Equal("written", outputs[0].GetProperty("status").GetString());
    }

    [Fact]
    public void List_shows_templates_and_their_fan_out()
    {
        var run = CliRun.Of(["list", .. Folders, "--json"]);
        Assert.Equal(0, run.ExitCode);
        using var list = JsonDocument.Parse(run.Output);
        var summary = list.RootElement.EnumerateArray().Single(template => template.GetProperty("id").GetString() == "treaty-summary");
        Assert.Equal("agreements", summary.GetProperty("for_each").GetString());
        Assert.Contains("treaty-summary/river-treaty-1901.pdf", summary.GetProperty("outputs").EnumerateArray().Select(output => output.GetString()));
    }

    [Fact]
    public void Check_reports_the_facts_and_writes_nothing()
    {
        var run = CliRun.Of(["check", .. Folders]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Discrepancies (3)", run.Output);
        Assert.Contains("checked, nothing written", run.Output);
        Assert.False(Directory.Exists(dossier.Out));
    }

    [Fact]
    public void Extract_writes_candidates_and_coverage_under_out_and_never_touches_the_seeds()
    {
        var seedsBefore = ScratchDossier.Files(dossier.Seeds);
        var run = CliRun.Of(["extract", "--seeds", dossier.Seeds, "--out", dossier.Out]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(dossier.Out, "extract", "candidates.yaml")));
        using var coverage = JsonDocument.Parse(File.ReadAllText(Path.Combine(dossier.Out, "extract", "coverage.json")));
        Assert.Equal(JsonValueKind.Object, coverage.RootElement.ValueKind);
        var seedsAfter = ScratchDossier.Files(dossier.Seeds);
        Assert.All(seedsBefore, file => Assert.Equal(file.Value, seedsAfter[file.Key]));
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "build", "check", "list", "extract" })
        {
            Assert.Contains(command, run.Output);
        }
    }

    public void Dispose() => dossier.Dispose();
}
