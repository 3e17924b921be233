using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Nothing is ever written or deleted outside <c>--out</c>: fan-out names from the facts are checked, and the
/// manifest left in the out folder (which may come from a cache) is not trusted with paths.
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly HostileDossier dossier = new();

    [Theory]
    [InlineData("../escaped")]
    [InlineData("../../../../tmp/escaped")]
    [InlineData("/tmp/escaped")]
    [InlineData("sub/dir")]
    [InlineData("con")]
    [InlineData("nul.txt")]
    [InlineData("manifest")]
    [InlineData(".hidden")]
    [InlineData("UPPER")]
    [InlineData("a:b")]
    [InlineData("")]
    public void A_fan_out_name_that_could_escape_out_or_clash_is_refused(string name)
    {
        dossier.WriteTemplate("probe", "Body.\n", "[md]", "for_each: agreements\noutput: \"{{ item.id | string.replace 'river-treaty-1901' '" + name + "' }}\"\n");
        var run = dossier.Build("probe");
        HostileAssert.LocatedError(run, "probe.sbn", null, "BRF-TPL-022", "not allowed");
        Assert.False(File.Exists(Path.Combine(dossier.Root, "escaped.md")));
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void Two_items_with_the_same_output_name_are_refused()
    {
        dossier.WriteTemplate("probe", "Body.\n", "[md]", "for_each: agreements\noutput: \"same\"\n");
        HostileAssert.LocatedError(dossier.Build("probe"), "probe.sbn", null, "BRF-TPL-023");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_manifest_entry_pointing_outside_out_never_deletes_that_file()
    {
        var victim = Path.Combine(dossier.Root, "victim.txt");
        File.WriteAllText(victim, "must survive");
        var manifestPath = Path.Combine(dossier.Out, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var outputs = manifest["outputs"]!.AsArray();
        var planted = outputs.First(entry => (string?)entry!["template"] == "positions-comparison")!.DeepClone();
        planted["path"] = "../victim.txt";
        outputs.Add(planted);
        var absolute = planted.DeepClone();
        absolute["path"] = victim;
        outputs.Add(absolute);
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var run = dossier.Build(["positions-comparison", .. HostileDossier.Parameters]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("must survive", File.ReadAllText(victim));
        using var rewritten = JsonDocument.Parse(File.ReadAllText(manifestPath));
        Assert.All(rewritten.RootElement.GetProperty("outputs").EnumerateArray(), entry => Assert.DoesNotContain("victim", entry.GetProperty("path").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"outputs\": null}")]
    [InlineData("{\"outputs\": [null, {\"path\": null}, {\"path\": 42}]}")]
    [InlineData("{\"outputs\": [{\"path\": \"chronology.pdf\"}, {\"path\": \"chronology.pdf\"}]}")]
    [InlineData("not json at all")]
    public void A_corrupt_manifest_means_a_full_rebuild_not_a_crash(string json)
    {
        File.WriteAllText(Path.Combine(dossier.Out, "manifest.json"), json);
        var run = dossier.BuildAll();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("10 written", run.Output, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dossier.Out, "manifest.json")));
        Assert.Equal(10, manifest.RootElement.GetProperty("outputs").GetArrayLength());
    }

    [Fact]
    public void An_out_folder_that_is_a_file_is_an_error_not_a_crash()
    {
        var file = Path.Combine(dossier.Root, "not-a-folder");
        File.WriteAllText(file, "x");
        var run = HostileRun.Of(["build", "--seeds", dossier.Seeds, "--templates", dossier.Templates, "--out", file, .. HostileDossier.Parameters]);
        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }

    public void Dispose() => dossier.Dispose();
}
