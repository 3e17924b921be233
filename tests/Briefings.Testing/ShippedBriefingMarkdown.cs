namespace Briefings.Testing;

/// <summary>
/// The Markdown of the shipped briefings, as the template tests keep it: snapshot files beside those tests (found
/// from the repository root, since CI builds map source paths to <c>/_/</c>), each
/// holding the briefings of one template, every one after a line "===== name".
/// </summary>
public static class ShippedBriefingMarkdown
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Briefings.Core.Tests", "Templating");

    /// <summary>The snapshot files, in ordinal order.</summary>
    public static string[] Files()
    {
        var files = Directory.GetFiles(Folder, "*.verified.md");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>The briefings of one snapshot file, by name.</summary>
    public static IEnumerable<(string Name, string Markdown)> Briefings(string file) =>
        File.ReadAllText(file).Split("===== ", StringSplitOptions.RemoveEmptyEntries)
            .Select(part => (part[..part.IndexOf('\n', StringComparison.Ordinal)], part[(part.IndexOf('\n', StringComparison.Ordinal) + 1)..]));
}
