namespace Briefings.Benchmarks;

/// <summary>Finds the repository (the folder with Briefings.sln) from wherever the benchmark runs.</summary>
internal static class RepoLocator
{
    public static string Root { get; } = Find();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Templates => Path.Combine(Root, "templates");

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Briefings.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository (Briefings.sln) above the working directory or the benchmark's folder");
    }
}
