using System.Text;
using Briefings.Testing;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// A scratch copy of the river dossier and the shipped templates whose out folder already holds a good
/// build, so a test can break one input, run the command and check that nothing in out/ changed. The good
/// build is made once per test run and copied, which keeps each test at the cost of its own failure.
/// </summary>
internal sealed class HostileDossier : IDisposable
{
    private static readonly Lazy<string> GoodOut = new(BuildGoodOut);

    private readonly ScratchDossier scratch = new(ScratchDossier.RiverDossier);
    private readonly Dictionary<string, byte[]> before;

    public HostileDossier(bool withGoodOutput = true)
    {
        if (withGoodOutput)
        {
            CopyFolder(GoodOut.Value, Out);
        }

        before = Snapshot(Out);
    }

    public string Seeds => scratch.Seeds;

    public string Templates => scratch.Templates;

    public string Out => scratch.Out;

    public string Facts => scratch.Facts;

    public string Root => scratch.Root;

    /// <summary>The river dossier's templates need these two parameters.</summary>
    public static string[] Parameters => ["--param", "left=northland", "--param", "right=southland"];

    public HostileRun Build(params string[] extra) =>
        HostileRun.Of(["build", "--seeds", Seeds, "--templates", Templates, "--out", Out, .. extra]);

    public HostileRun BuildAll(params string[] extra) => Build([.. Parameters, .. extra]);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in facts.yaml; returns the 1-based line it was on.</summary>
    public int EditFacts(string find, string replacement) => Edit(Facts, find, replacement);

    public static int Edit(string path, string find, string replacement)
    {
        var text = File.ReadAllText(path);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{find}' is not in {path}: the fixture changed, update the test");
        }

        File.WriteAllText(path, string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length)));
        return text.AsSpan(0, index).Count('\n') + 1;
    }

    /// <summary>The first line of facts.yaml containing <paramref name="text"/>, 1-based.</summary>
    public int LineOf(string text) => LineIn(Facts, text);

    public static int LineIn(string path, string text)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        return index < 0 ? throw new InvalidOperationException($"'{text}' is not in {path}") : index + 1;
    }

    /// <summary>Writes a template into the scratch templates folder (a YAML header with the given body).</summary>
    public string WriteTemplate(string id, string body, string formats = "[pdf, docx]", string extraHeader = "")
    {
        var path = Path.Combine(Templates, id + ".sbn");
        var header = new StringBuilder()
            .Append("---\n")
            .Append("id: ").Append(id).Append('\n')
            .Append("title: Probe ").Append(id).Append('\n')
            .Append("description: A template written by a reliability test\n")
            .Append("formats: ").Append(formats).Append('\n')
            .Append(extraHeader)
            .Append("document:\n  title: \"Probe\"\n")
            .Append("---\n");
        File.WriteAllText(path, header + body);
        return path;
    }

    /// <summary>The 1-based line of the template body's first line (after the header <see cref="WriteTemplate"/> writes).</summary>
    public static int BodyLine(string extraHeader = "") => 9 + extraHeader.Count(c => c == '\n');

    /// <summary>Asserts that out/ is byte for byte what it was when the dossier was set up (hidden lock file aside).</summary>
    public void AssertOutUntouched()
    {
        var after = Snapshot(Out);
        Xunit.Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
        {
            Xunit.Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        }

        var strays = Directory.Exists(Out) ? Directory.GetFiles(Out, "*.tmp", SearchOption.AllDirectories) : [];
        Xunit.Assert.Empty(strays);
    }

    /// <summary>Every file under the folder, including hidden ones except the lock file, path → bytes.</summary>
    public static Dictionary<string, byte[]> Snapshot(string directory) =>
        !Directory.Exists(directory)
            ? []
            : Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .Where(path => Path.GetFileName(path) != ".briefings.lock")
                .ToDictionary(path => Path.GetRelativePath(directory, path).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose() => scratch.Dispose();

    private static string BuildGoodOut()
    {
        var folder = Directory.CreateTempSubdirectory("briefings-good-out-").FullName;
        using var good = new ScratchDossier(ScratchDossier.RiverDossier);
        var run = HostileRun.Of(["build", "--seeds", good.Seeds, "--templates", good.Templates, "--out", folder, .. Parameters]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"the river dossier did not build:\n{run}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
