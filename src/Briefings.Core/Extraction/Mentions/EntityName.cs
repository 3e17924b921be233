namespace Briefings.Core.Extraction.Mentions;

/// <summary>
/// An entity the extractor looks for: its primary <see cref="Name"/> and the other names it goes by (aliases, each
/// party's name for a place, an agreement's short name).
/// </summary>
public sealed record EntityName(EntityKind Kind, string Id, string Name, IReadOnlyList<string> Variants);
