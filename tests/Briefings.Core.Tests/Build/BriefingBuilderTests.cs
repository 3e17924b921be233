using System.Text.Json;
using Briefings.Core.Build;
using Briefings.Core.Diagnostics;
using Briefings.Core.Tests.Templating;
using Xunit;

namespace Briefings.Core.Tests.Build;

/// <summary>The build as CI relies on it: incremental, atomic, verifiable, deterministic under parallelism.</summary>
public sealed class BriefingBuilderTests : IDisposable
{
    private readonly BuildWorkspace workspace = new(TemplateHarness.RiverDossier);
    private readonly FakeRenderer pdf = new("pdf");
    private readonly FakeRenderer docx = new("docx");

    private BriefingBuilder Builder => new([pdf, docx]);

    [Fact]
    public void A_build_writes_every_output_and_a_manifest_that_describes_them()
    {
        var report = Builder.Run(workspace.Options());

        var files = BuildWorkspace.Snapshot(workspace.Out);
        string[] expected =
        [
            "chronology.docx", "chronology.pdf", "manifest.json", "positions-comparison.docx", "positions-comparison.pdf",
            "sources-and-discrepancies.docx", "sources-and-discrepancies.pdf",
            "treaty-summary/ferry-protocol-1952.docx", "treaty-summary/ferry-protocol-1952.pdf",
            "treaty-summary/river-treaty-1901.docx", "treaty-summary/river-treaty-1901.pdf",
        ];
        Assert.Equal(expected, files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(10, report.Written);

        var manifest = BuildManifest.TryRead(Path.Combine(workspace.Out, "manifest.json"))!;
        Assert.Equal(expected.Where(path => path != "manifest.json"), manifest.Outputs.Select(output => output.Path));
        foreach (var output in manifest.Outputs)
        {
            Assert.Equal(BuildInputs.Sha256(files[output.Path]), output.Sha256);
            Assert.Equal(files[output.Path].LongLength, output.Bytes);
        }

        var summary = manifest.Outputs.Single(output => output.Path == "treaty-summary/river-treaty-1901.pdf");
        Assert.Equal(("treaty-summary", "river-treaty-1901", "pdf", 1), (summary.Template, summary.Item, summary.Format, summary.Pages));
        Assert.Equal(["gazette.txt", "ministry.txt"], manifest.Inputs.Sources.Select(source => source.Path));
        Assert.Equal("facts.yaml", manifest.Inputs.Facts.Path);
        Assert.Contains(manifest.Inputs.Fonts, font => font.Path.EndsWith("Caladea-Regular.ttf", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_build_with_unchanged_inputs_renders_and_rewrites_nothing()
    {
        Builder.Run(workspace.Options());
        var before = Directory.GetFiles(workspace.Out, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.GetLastWriteTimeUtc);
        pdf.Rendered.Clear();
        docx.Rendered.Clear();

        var report = Builder.Run(workspace.Options());

        Assert.Equal(0, report.Written);
        Assert.Equal(10, report.Unchanged);
        Assert.Empty(pdf.Rendered);
        Assert.Empty(docx.Rendered);
        Assert.All(before, file => Assert.Equal(file.Value, File.GetLastWriteTimeUtc(file.Key)));
    }

    [Fact]
    public void Changing_one_agreement_rebuilds_only_the_outputs_that_show_it()
    {
        Builder.Run(workspace.Options());
        File.WriteAllText(workspace.Facts, File.ReadAllText(workspace.Facts).Replace("The only treaty that fixes the river boundary.", "The one treaty that fixes the river boundary.", StringComparison.Ordinal));

        var report = Builder.Run(workspace.Options());

        Assert.Equal(
            ["treaty-summary/river-treaty-1901.docx", "treaty-summary/river-treaty-1901.pdf"],
            report.Outputs.Where(output => output.Status == OutputStatus.Written).Select(output => output.Path));
    }

    [Fact]
    public void Force_rebuilds_everything()
    {
        Builder.Run(workspace.Options());
        Assert.Equal(10, Builder.Run(workspace.Options() with { Force = true }).Written);
    }

    [Fact]
    public void Verify_passes_on_fresh_outputs_and_lists_tampered_and_missing_ones()
    {
        Builder.Run(workspace.Options());
        Assert.False(Builder.Run(workspace.Options(BuildMode.Verify)).IsStale);

        File.AppendAllText(Path.Combine(workspace.Out, "chronology.pdf"), "tampered");
        File.Delete(Path.Combine(workspace.Out, "treaty-summary", "ferry-protocol-1952.docx"));
        var report = Builder.Run(workspace.Options(BuildMode.Verify));

        Assert.True(report.IsStale);
        Assert.Equal(["chronology.pdf", "treaty-summary/ferry-protocol-1952.docx"], report.Stale.Select(output => output.Path));
    }

    [Fact]
    public void Verify_finds_outputs_that_changed_inputs_would_change()
    {
        Builder.Run(workspace.Options());
        File.WriteAllText(workspace.Facts, File.ReadAllText(workspace.Facts).Replace("Silver River Treaty signed.", "Silver River Treaty concluded.", StringComparison.Ordinal).Replace("title: \"Silver River Treaty signed\"", "title: \"Silver River Treaty concluded\"", StringComparison.Ordinal));
        var report = Builder.Run(workspace.Options(BuildMode.Verify));
        Assert.True(report.IsStale);
        Assert.Contains(report.Stale, output => output.Path.StartsWith("chronology.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_template_leaves_the_out_folder_exactly_as_it_was()
    {
        Builder.Run(workspace.Options());
        var before = BuildWorkspace.Snapshot(workspace.Out);
        File.WriteAllText(workspace.Facts, File.ReadAllText(workspace.Facts).Replace("The only treaty that fixes the river boundary.", "Changed text.", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(workspace.Templates, "chronology.sbn"), "\n{{ no_such_variable }}\n");

        var exception = Assert.Throws<BriefingsException>(() => Builder.Run(workspace.Options()));

        Assert.Contains(exception.Diagnostics, diagnostic => diagnostic.Message.Contains("no_such_variable", StringComparison.Ordinal) && diagnostic.Location!.Value.File.EndsWith("chronology.sbn", StringComparison.Ordinal));
        var after = BuildWorkspace.Snapshot(workspace.Out);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public void Parallel_and_serial_builds_give_the_same_bytes()
    {
        var serial = Path.Combine(workspace.Out, "serial");
        var parallel = Path.Combine(workspace.Out, "parallel");
        Builder.Run(workspace.Options(jobs: 1, outDirectory: serial));
        Builder.Run(workspace.Options(jobs: 8, outDirectory: parallel));

        var a = BuildWorkspace.Snapshot(serial);
        var b = BuildWorkspace.Snapshot(parallel);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));
    }

    [Fact]
    public void Exceeding_a_page_budget_fails_and_says_by_how_much()
    {
        pdf.Pages["treaty-summary/river-treaty-1901"] = 3;
        var exception = Assert.Throws<BriefingsException>(() => Builder.Run(workspace.Options()));
        var error = Assert.Single(exception.Diagnostics);
        Assert.Contains("treaty-summary/river-treaty-1901 takes 3 pages", error.Message);
        Assert.Contains("2 page(s) over", error.Message);
        Assert.False(Directory.Exists(workspace.Out));
    }

    [Fact]
    public void Page_budgets_are_checked_even_when_pdf_is_not_built()
    {
        pdf.Pages["treaty-summary/ferry-protocol-1952"] = 2;
        var exception = Assert.Throws<BriefingsException>(() => Builder.Run(workspace.Options() with { Formats = ["docx"] }));
        Assert.Contains("ferry-protocol-1952", Assert.Single(exception.Diagnostics).Message);
    }

    [Fact]
    public void A_docx_only_build_takes_the_page_count_from_the_unchanged_pdf_instead_of_laying_it_out()
    {
        Builder.Run(workspace.Options());
        pdf.Rendered.Clear();

        Builder.Run(workspace.Options() with { Formats = ["docx"] });
        Assert.Empty(pdf.Rendered);

        // The PDF on disk is no longer the one the manifest describes: its page count cannot be trusted.
        File.WriteAllText(Path.Combine(workspace.Out, "treaty-summary", "river-treaty-1901.pdf"), "edited");
        pdf.Pages["treaty-summary/river-treaty-1901"] = 2;
        var exception = Assert.Throws<BriefingsException>(() => Builder.Run(workspace.Options() with { Formats = ["docx"] }));
        Assert.Contains("river-treaty-1901 takes 2 pages", Assert.Single(exception.Diagnostics).Message);
        Assert.Equal(["treaty-summary/river-treaty-1901"], pdf.Rendered);
    }

    [Fact]
    public void A_forced_docx_only_build_lays_the_pdf_out_again_for_the_page_budget()
    {
        Builder.Run(workspace.Options());
        pdf.Rendered.Clear();

        Builder.Run(workspace.Options() with { Formats = ["docx"], Force = true });

        Assert.Equal(["treaty-summary/ferry-protocol-1952", "treaty-summary/river-treaty-1901"], pdf.Rendered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outputs_an_item_no_longer_produces_are_removed()
    {
        Builder.Run(workspace.Options());
        var facts = File.ReadAllText(workspace.Facts);
        var start = facts.IndexOf("  - id: ferry-protocol-1952", StringComparison.Ordinal);
        var end = facts.IndexOf("\nevents:", StringComparison.Ordinal);
        File.WriteAllText(workspace.Facts, facts[..start] + facts[end..].Replace("agreements: [ferry-protocol-1952]", "agreements: []", StringComparison.Ordinal));

        var report = Builder.Run(workspace.Options());

        Assert.False(File.Exists(Path.Combine(workspace.Out, "treaty-summary", "ferry-protocol-1952.pdf")));
        Assert.Contains(report.Outputs, output => output.Path == "treaty-summary/ferry-protocol-1952.pdf" && output.Status == OutputStatus.Removed);
        Assert.DoesNotContain(BuildManifest.TryRead(Path.Combine(workspace.Out, "manifest.json"))!.Outputs, output => output.Item == "ferry-protocol-1952");
    }

    [Fact]
    public void Building_one_template_keeps_the_others_outputs_and_manifest_entries()
    {
        Builder.Run(workspace.Options());
        var report = Builder.Run(workspace.Options() with { Templates = ["chronology"], Force = true, Parameters = new Dictionary<string, string>() });
        Assert.Equal(2, report.Outputs.Count);
        Assert.Equal(10, BuildManifest.TryRead(Path.Combine(workspace.Out, "manifest.json"))!.Outputs.Count);
    }

    [Fact]
    public void Unknown_templates_formats_and_parameters_are_usage_errors()
    {
        Assert.Contains("'nope'", Assert.Throws<UsageException>(() => Builder.Run(workspace.Options() with { Templates = ["nope"] })).Message);
        Assert.Contains("'odt'", Assert.Throws<UsageException>(() => Builder.Run(workspace.Options() with { Formats = ["odt"] })).Message);
        Assert.Contains("'colour'", Assert.Throws<UsageException>(() => Builder.Run(workspace.Options() with { Parameters = new Dictionary<string, string> { ["colour"] = "red" } })).Message);
    }

    [Fact]
    public void The_manifest_is_the_same_bytes_for_the_same_inputs()
    {
        var other = Path.Combine(workspace.Out, "other");
        Builder.Run(workspace.Options());
        Builder.Run(workspace.Options(outDirectory: other));
        Assert.Equal(File.ReadAllBytes(Path.Combine(workspace.Out, "manifest.json")), File.ReadAllBytes(Path.Combine(other, "manifest.json")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(other, "manifest.json")));
        Assert.StartsWith("briefings ", json.RootElement.GetProperty("tool").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();
}
