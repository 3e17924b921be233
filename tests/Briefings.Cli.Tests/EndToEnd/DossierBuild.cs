using Briefings.Testing;

namespace Briefings.Cli.Tests.EndToEnd;

/// <summary>
/// The shipped dossier built once, with the shipped templates, into a scratch out folder (also as Markdown,
/// to compare the PDFs' text with the text intended). Shared by the tests that check every output.
/// </summary>
public sealed class DossierBuild : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("briefings-dossier-");

    public DossierBuild()
    {
        foreach (var format in new[] { "pdf,docx", "md" })
        {
            var run = CliRun.Of("build", "--seeds", RepoPaths.Seeds, "--templates", RepoPaths.Templates, "--out", Out, "--format", format);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"the dossier did not build:\n{run}");
            }
        }
    }

    public string Out => Path.Combine(root.FullName, "out");

    public IReadOnlyList<string> Files(string extension) =>
        Directory.GetFiles(Out, "*." + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    public void Dispose() => root.Delete(recursive: true);
}
