namespace Briefings.Core.Synthetic;

/// <summary>The size and shape of a generated dossier.</summary>
public sealed record SyntheticDossierOptions
{
    /// <summary>Dated events of the chronology (besides one signing event per agreement).</summary>
    public int Events { get; init; } = 1_000;

    /// <summary>Agreements, each with signatories, provisions, standing and its own treaty summary.</summary>
    public int Agreements { get; init; } = 10;

    /// <summary>Events stated per source file. Quote verification searches the cited source, so this sets how big each source grows.</summary>
    public int EventsPerSource { get; init; } = 100;

    /// <summary>The same seed and sizes give the same files, byte for byte.</summary>
    public int Seed { get; init; } = 1;
}
