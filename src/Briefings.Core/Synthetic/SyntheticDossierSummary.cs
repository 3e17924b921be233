namespace Briefings.Core.Synthetic;

/// <summary>What a generated dossier contains and where its facts file is.</summary>
public sealed record SyntheticDossierSummary(
    string FactsPath,
    int Sources,
    int Events,
    int Agreements,
    int Citations,
    int Discrepancies,
    long SourceBytes);
