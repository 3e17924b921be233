namespace Briefings.Core.Facts;

/// <summary>A row of the positions comparison; topics are listed in display order.</summary>
public sealed record Topic(string Id, string Title, string? Description = null) : FactRecord;
