namespace Briefings.Core.Facts;

/// <summary>A state or organisation; <see cref="SucceededBy"/> links e.g. the USSR to Russia.</summary>
public sealed record Party(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    [property: References("parties")] string? SucceededBy = null) : FactRecord;
