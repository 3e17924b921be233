using Briefings.Testing;

namespace Briefings.Core.Tests.Markdown;

/// <summary>
/// The Markdown every shipped template renders to: the snapshots beside the template tests in the source tree.
/// Found from the repository root, not the caller's path: CI builds map source paths to <c>/_/</c>.
/// </summary>
internal static class ShippedBriefingMarkdown
{
    public static string[] Files()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Briefings.Core.Tests", "Templating"), "*.verified.md");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
