using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>An office a person held for a party, e.g. Prime Minister of Japan, with optional EDTF bounds.</summary>
public sealed record Role(
    string Title,
    [property: References("parties")] string Party,
    EdtfDate? From = null,
    EdtfDate? To = null) : FactRecord;
