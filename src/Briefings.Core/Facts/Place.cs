namespace Briefings.Core.Facts;

/// <summary>
/// A place, with the names each party uses for it (<see cref="Names"/>: party id → name, e.g. Etorofu / Iturup)
/// and an optional <see cref="Group"/> (e.g. the islands a treaty names together).
/// </summary>
public sealed record Place(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Group,
    [property: References("parties")] IReadOnlyDictionary<string, string> Names) : FactRecord;
