namespace Briefings.Testing;

/// <summary>
/// A scratch copy of a dossier (its facts.yaml and everything beside it) and of the shipped templates, in a
/// temporary folder, so a test can edit facts or templates and build into its own out folder. The theme
/// points at the repository's fonts by absolute path, so the 5 MB of fonts are not copied.
/// </summary>
public sealed class ScratchDossier : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("briefings-scratch-");

    public ScratchDossier(string factsPath)
    {
        Directory.CreateDirectory(Seeds);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(factsPath))!))
        {
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*.sbn", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Templates, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var theme = File.ReadAllText(RepoPaths.Theme).Replace("fonts/", Path.Combine(RepoPaths.Templates, "fonts") + "/", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Templates, "theme.yaml"), theme);
    }

    /// <summary>The made-up dossier used across the tests: a river boundary between two invented countries.</summary>
    public static string RiverDossier => Path.Combine(RepoPaths.Root, "tests", "Briefings.Core.Tests", "TestData", "Facts", "river-dossier", "facts.yaml");

    public string Root => root.FullName;

    public string Seeds => Path.Combine(root.FullName, "seeds");

    public string Templates => Path.Combine(root.FullName, "templates");

    public string Out => Path.Combine(root.FullName, "out");

    public string Facts => Path.Combine(Seeds, "facts.yaml");

    /// <summary>Every file under a folder except hidden ones (the lock file), path → bytes.</summary>
    public static Dictionary<string, byte[]> Files(string directory) =>
        !Directory.Exists(directory)
            ? []
            : Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .Where(path => !Path.GetFileName(path).StartsWith('.'))
                .ToDictionary(path => Path.GetRelativePath(directory, path).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose() => root.Delete(recursive: true);
}
