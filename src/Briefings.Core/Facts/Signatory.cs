namespace Briefings.Core.Facts;

/// <summary>Who signed an agreement for a party; the person (and title) may be disputed between sources.</summary>
public sealed record Signatory(
    [property: References("parties")] string Party,
    [property: References("people")] Sourced<string> Person,
    Sourced<string>? Title,
    [property: NonEmpty] IReadOnlyList<Citation> Cite) : FactRecord;
