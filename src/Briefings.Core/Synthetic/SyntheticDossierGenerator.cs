namespace Briefings.Core.Synthetic;

/// <summary>
/// Writes a complete synthetic dossier — <c>facts.yaml</c> and its source files — of any size, for benchmarks
/// and scale tests. Every quote is really in its source, so the dossier loads clean; some fields carry
/// alternatives from two sources, so there are discrepancies to report. Deterministic for a given seed.
/// </summary>
public static class SyntheticDossierGenerator
{
    public const string FactsFileName = "facts.yaml";

    /// <summary>How the first line of a generated facts file starts, so a tool can tell it from real facts.</summary>
    public const string HeaderMark = "# A synthetic dossier:";

    public static SyntheticDossierSummary Write(string directory, SyntheticDossierOptions options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Events, 1, nameof(options.Events));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Agreements, nameof(options.Agreements));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EventsPerSource, 1, nameof(options.EventsPerSource));

        Directory.CreateDirectory(directory);
        return new SyntheticDossierWriter(directory, options).Write();
    }
}
