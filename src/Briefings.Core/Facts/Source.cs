using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>A source document; <see cref="File"/> is relative to the folder of the facts file.</summary>
public sealed record Source(
    string Id,
    string File,
    string Title,
    string Publisher,
    EdtfDate Published,
    string? Url = null) : FactRecord;
