namespace Briefings.Testing;

/// <summary>Finds the repository's folders from wherever the test runner starts.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Theme => Path.Combine(Templates, "theme.yaml");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Briefings.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Briefings.sln not found above {AppContext.BaseDirectory}");
    }
}
