using Briefings.Core.Diagnostics;
using Briefings.Core.Extraction.Writers;

namespace Briefings.Core.Extraction;

/// <summary>
/// The result of <see cref="Extractor.Run(Facts.FactBase, string)"/>: per source, the dated statements and their
/// coverage by the facts; <see cref="Diagnostics"/> are warnings about sources (missing file, file not in the facts).
/// </summary>
public sealed record ExtractionReport(IReadOnlyList<SourceExtraction> Sources, IReadOnlyList<Diagnostic> Diagnostics)
{
    public CoverageSummary Summary => new([.. Sources.Select(s => s.Coverage)]);

    /// <summary>The candidates file for the analyst (<c>out/extract/candidates.yaml</c>): every dated statement, in source and text order.</summary>
    public string ToYaml() => CandidatesYamlWriter.Write(this);

    /// <summary>The coverage report for machines (<c>out/extract/coverage.json</c>): the summary and, per source, the uncovered statements.</summary>
    public string ToJson() => CoverageJsonWriter.Write(this);
}
