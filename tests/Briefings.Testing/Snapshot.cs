using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Briefings.Testing;

/// <summary>
/// Snapshot assertions in the Verify style: the expected text lives beside the test as
/// <c>{Class}.{Test}[.{name}].verified.{ext}</c>. On a mismatch (or when it is missing) the actual text is
/// written as <c>*.received.*</c> and the test fails with the first differing line. Set
/// <c>BRIEFINGS_ACCEPT=1</c> to accept: received text then replaces the verified file.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "BRIEFINGS_ACCEPT";

    public static void Verify(
        string actual,
        string? name = null,
        string extension = "txt",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        var directory = Path.GetDirectoryName(SourcePath(testFile)) ?? throw new ArgumentException("no caller file", nameof(testFile));
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}{(name is null ? string.Empty : "." + name)}";
        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");
        var normalised = Normalise(actual);

        var expected = File.Exists(verifiedPath) ? Normalise(File.ReadAllText(verifiedPath)) : null;
        if (expected == normalised)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(verifiedPath, normalised, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalised, new UTF8Encoding(false));
        throw new XunitException(expected is null
            ? $"No snapshot yet: review {receivedPath}, then rename it to {Path.GetFileName(verifiedPath)} (or run with {AcceptVariable}=1)."
            : $"Snapshot mismatch: {Describe(expected, normalised)}{Environment.NewLine}verified: {verifiedPath}{Environment.NewLine}received: {receivedPath}");
    }

    /// <summary>
    /// The test's source file on disk. CI builds map source paths to <c>/_/</c> (ContinuousIntegrationBuild,
    /// for reproducible binaries), so caller paths are made absolute again from the repository root.
    /// </summary>
    public static string SourcePath(string callerFilePath) =>
        callerFilePath.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Root, callerFilePath[3..])
            : callerFilePath;

    /// <summary>Line endings become \n and the text ends with exactly one newline, so snapshots diff cleanly.</summary>
    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var right = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (left != right)
            {
                return $"first difference at line {i + 1}:{Environment.NewLine}  verified: {left}{Environment.NewLine}  received: {right}";
            }
        }

        return "texts differ";
    }
}
