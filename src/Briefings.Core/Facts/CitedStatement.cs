namespace Briefings.Core.Facts;

/// <summary>A short cited statement about an agreement: its status or its significance.</summary>
public sealed record CitedStatement(string Text, [property: NonEmpty] IReadOnlyList<Citation> Cite) : FactRecord;
