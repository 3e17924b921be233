using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>A dated event of the chronology.</summary>
public sealed record Event(
    string Id,
    Sourced<EdtfDate> Date,
    string Title,
    string Text,
    [property: References("parties")] IReadOnlyList<string> Parties,
    [property: References("places")] IReadOnlyList<string> Places,
    [property: References("agreements")] IReadOnlyList<string> Agreements,
    [property: References("people")] IReadOnlyList<string> People,
    [property: NonEmpty] IReadOnlyList<Citation> Cite) : FactRecord;
