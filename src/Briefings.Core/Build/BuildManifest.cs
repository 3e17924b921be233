using System.Text.Json;

namespace Briefings.Core.Build;

/// <summary>
/// <c>out/manifest.json</c>: every output with its hashes and the hashes of the inputs it was built
/// from. No timestamps, sorted paths: the same inputs give the same manifest, byte for byte.
/// </summary>
public sealed record BuildManifest(string Tool, ManifestInputs Inputs, IReadOnlyList<ManifestOutput> Outputs)
{
    public const string FileName = "manifest.json";

    public string ToJson() => JsonSerializer.Serialize(this, BriefingsJsonContext.Manifest.BuildManifest).ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// Reads a manifest; a missing, unreadable or malformed one is treated as no previous build. The out
    /// folder may come from a cache or an artifact, so its manifest is not trusted: entries whose path could
    /// reach outside the out folder (absolute, <c>..</c>, backslashes) are dropped, because the build deletes
    /// obsolete outputs by those paths; a repeated path keeps its first entry.
    /// </summary>
    public static BuildManifest? TryRead(string path)
    {
        BuildManifest? manifest;
        try
        {
            manifest = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), BriefingsJsonContext.Manifest.BuildManifest) : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }

        if (manifest?.Outputs is not { } outputs)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var safe = outputs
            .Where(output => output is { Path: { } relative, Template: not null, Format: not null, Sha256: not null, Fingerprint: not null }
                && IsSafeRelativePath(relative) && seen.Add(relative))
            .Select(output => output with { Parameters = output.Parameters ?? new Dictionary<string, string>() })
            .ToArray();
        return manifest with { Outputs = safe };
    }

    /// <summary>A path the build itself could have written: relative, forward slashes, no empty, '.' or '..' segments.</summary>
    public static bool IsSafeRelativePath(string path) =>
        path.Length > 0
        && !Path.IsPathRooted(path)
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal)
        && !path.Contains('\0', StringComparison.Ordinal)
        && path.Split('/').All(segment => segment is not ("" or "." or ".."));
}
