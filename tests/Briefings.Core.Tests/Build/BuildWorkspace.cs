using Briefings.Core.Build;
using Briefings.Testing;

namespace Briefings.Core.Tests.Build;

/// <summary>
/// A scratch copy of a dossier and the shipped templates, so a test can edit facts or templates and build
/// into its own out folder. The theme points at the repository's fonts by absolute path.
/// </summary>
internal sealed class BuildWorkspace : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("briefings-build-");

    public BuildWorkspace(string factsPath)
    {
        Directory.CreateDirectory(Seeds);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(factsPath)!))
        {
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
        }

        Directory.CreateDirectory(Path.Combine(Templates, "partials"));
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*.sbn", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(Templates, Path.GetRelativePath(RepoPaths.Templates, file)));
        }

        var theme = File.ReadAllText(RepoPaths.Theme).Replace("fonts/", Path.Combine(RepoPaths.Templates, "fonts") + "/", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Templates, "theme.yaml"), theme);
    }

    public string Seeds => Path.Combine(root.FullName, "seeds");

    public string Templates => Path.Combine(root.FullName, "templates");

    public string Out => Path.Combine(root.FullName, "out");

    public string Facts => Path.Combine(Seeds, "facts.yaml");

    public BuildOptions Options(BuildMode mode = BuildMode.Write, int jobs = 2, string? outDirectory = null) => new()
    {
        SeedsDirectory = Seeds,
        TemplatesDirectory = Templates,
        OutDirectory = outDirectory ?? Out,
        Mode = mode,
        Jobs = jobs,
        Parameters = new Dictionary<string, string> { ["left"] = "northland", ["right"] = "southland" },
    };

    /// <summary>Every file under the out folder, path → bytes.</summary>
    public static Dictionary<string, byte[]> Snapshot(string outDirectory) =>
        Directory.GetFiles(outDirectory, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .ToDictionary(path => Path.GetRelativePath(outDirectory, path).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose() => root.Delete(recursive: true);
}
