namespace Briefings.Core.Build;

/// <param name="Path">Relative to the out folder, with '/' separators, e.g. <c>treaty-summary/tokyo-declaration-1993.pdf</c>.</param>
/// <param name="Fingerprint">Hash of everything the output is made from: its Markdown, format, theme, fonts, tool version.</param>
public sealed record OutputResult(
    string Path,
    string Template,
    string? Item,
    string Format,
    int? Pages,
    long Bytes,
    string Sha256,
    string Fingerprint,
    OutputStatus Status,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, string> Parameters);
