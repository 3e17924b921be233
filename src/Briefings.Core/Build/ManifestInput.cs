namespace Briefings.Core.Build;

/// <param name="Path">Relative to its folder (seeds or templates), '/' separators, so manifests compare across machines.</param>
public sealed record ManifestInput(string Path, string Sha256);
