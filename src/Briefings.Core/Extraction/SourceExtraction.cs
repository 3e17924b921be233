using Briefings.Core.Dates;
using Briefings.Core.Diagnostics;

namespace Briefings.Core.Extraction;

/// <summary>
/// What extraction found in one source. <see cref="Sentences"/> counts the sentences of paragraphs and list items
/// (headings and datelines are not sentences); <see cref="DocumentDate"/> is the date the source states for itself.
/// <see cref="UnlocatedCitations"/> are citations of this source whose quote could be placed neither by text nor by
/// line, so they cover nothing.
/// </summary>
public sealed record SourceExtraction(
    string SourceId,
    string File,
    EdtfDate? DocumentDate,
    int Sentences,
    IReadOnlyList<DatedStatement> Statements,
    IReadOnlyList<SourceLocation> UnlocatedCitations)
{
    public int Covered => Statements.Count(s => s.Covered);

    public IReadOnlyList<DatedStatement> Uncovered => [.. Statements.Where(s => !s.Covered)];

    /// <summary>Covered dated statements as a percentage of all of them; null when the source has none.</summary>
    public double? CoveragePercent => Statements.Count == 0 ? null : 100.0 * Covered / Statements.Count;

    public SourceCoverage Coverage => new(SourceId, File, Sentences, Statements.Count, Covered);
}
