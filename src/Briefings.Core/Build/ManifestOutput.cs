namespace Briefings.Core.Build;

/// <summary>One file in the out folder and what it was made from.</summary>
public sealed record ManifestOutput(
    string Path,
    string Template,
    string? Item,
    string Format,
    IReadOnlyDictionary<string, string> Parameters,
    int? Pages,
    long Bytes,
    string Sha256,
    string MarkdownSha256,
    string TemplateSha256,
    string Fingerprint);
