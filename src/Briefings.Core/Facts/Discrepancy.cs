using Briefings.Core.Diagnostics;

namespace Briefings.Core.Facts;

/// <summary>
/// A field for which the sources give two or more distinct values. <see cref="Fact"/> names it for people
/// ("agreement 'tokyo-declaration-1993'"), <see cref="Field"/> is its path inside the fact
/// (<c>signatories[0].person</c>), <see cref="Preferred"/> and <see cref="Reason"/> are the analyst's choice, if made.
/// </summary>
public sealed record Discrepancy(
    string FactKind,
    string? FactId,
    string Fact,
    string Field,
    IReadOnlyList<IAlternative> Alternatives,
    IAlternative? Preferred,
    string? Reason,
    SourceLocation Location)
{
    public bool IsResolved => Preferred is not null;
}
