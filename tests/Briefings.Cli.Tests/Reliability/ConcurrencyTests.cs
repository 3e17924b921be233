using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Briefings.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Two briefings processes building different facts into the same out folder at the same time: both
/// succeed, and the folder ends as exactly one of the two builds, whole (files and manifest agree), never
/// a mixture or a torn file. The out folder's lock serialises the builds (docs/reliability.md).
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly HostileDossier first = new();
    private readonly HostileDossier second = new(withGoodOutput: false);

    public ConcurrencyTests()
    {
        second.EditFacts("text: \"The Ferry Protocol restores the ferry service between the banks.\"", "text: \"The second build's version of the ferry text.\"");
    }

    [Fact]
    public void Two_processes_building_into_one_out_folder_leave_one_whole_build()
    {
        var expectedFirst = BuildAlone(first.Seeds, first.Templates);
        var expectedSecond = BuildAlone(second.Seeds, second.Templates);
        Assert.NotEqual(expectedFirst["chronology.pdf"], expectedSecond["chronology.pdf"]);

        using var a = Start(first.Seeds, first.Templates, first.Out);
        using var b = Start(second.Seeds, second.Templates, first.Out);
        var finishedA = a.WaitForExit(HostileRun.Bound);
        var finishedB = b.WaitForExit(HostileRun.Bound);

        Assert.True(finishedA && finishedB, "a build hung");
        Assert.True(a.ExitCode == 0, a.StandardError.ReadToEnd());
        Assert.True(b.ExitCode == 0, b.StandardError.ReadToEnd());
        var result = HostileDossier.Snapshot(first.Out);
        var matchesFirst = SameFiles(expectedFirst, result);
        var matchesSecond = SameFiles(expectedSecond, result);
        Assert.True(matchesFirst || matchesSecond, "the out folder is a mixture of the two builds");
        AssertManifestMatchesFiles(first.Out);
        Assert.Empty(Directory.GetFiles(first.Out, "*.tmp", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    private static Dictionary<string, byte[]> BuildAlone(string seeds, string templates)
    {
        var folder = Directory.CreateTempSubdirectory("briefings-alone-").FullName;
        try
        {
            var run = HostileRun.Of(["build", "--seeds", seeds, "--templates", templates, "--out", folder, .. HostileDossier.Parameters]);
            Assert.True(run.ExitCode == 0, run.ToString());
            return HostileDossier.Snapshot(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts the built briefings command (beside the tests) as its own process.</summary>
    private static Process Start(string seeds, string templates, string outFolder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "briefings.dll"), "build", "--force", "--seeds", seeds, "--templates", templates, "--out", outFolder, .. HostileDossier.Parameters];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static bool SameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual) =>
        expected.Count == actual.Count && expected.All(file => actual.TryGetValue(file.Key, out var bytes) && bytes.AsSpan().SequenceEqual(file.Value));

    private static void AssertManifestMatchesFiles(string outFolder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outFolder, "manifest.json")));
        foreach (var entry in manifest.RootElement.GetProperty("outputs").EnumerateArray())
        {
            var path = Path.Combine(outFolder, entry.GetProperty("path").GetString()!);
            Assert.Equal(entry.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
            if (path.EndsWith(".pdf", StringComparison.Ordinal))
            {
                using var pdf = PdfDocument.Open(File.ReadAllBytes(path));
                Assert.True(pdf.NumberOfPages > 0);
            }
        }
    }
}
