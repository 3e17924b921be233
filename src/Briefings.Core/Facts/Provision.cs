namespace Briefings.Core.Facts;

/// <summary>What an agreement provides, with the places it concerns; also used for what it says about the territory.</summary>
public sealed record Provision(
    string Text,
    [property: References("places")] IReadOnlyList<string> Places,
    [property: NonEmpty] IReadOnlyList<Citation> Cite) : FactRecord;
