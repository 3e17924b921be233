namespace Briefings.Core.Extraction;

/// <summary>One row of the coverage summary.</summary>
public sealed record SourceCoverage(string SourceId, string File, int Sentences, int DatedStatements, int Covered)
{
    /// <summary>Null when there is nothing to cover.</summary>
    public double? Percent => DatedStatements == 0 ? null : 100.0 * Covered / DatedStatements;
}
