namespace Briefings.Core.Build;

/// <summary>Hashes of everything a build reads.</summary>
public sealed record ManifestInputs(
    ManifestInput Facts,
    IReadOnlyList<ManifestInput> Sources,
    ManifestInput Theme,
    IReadOnlyList<ManifestInput> Fonts,
    IReadOnlyList<ManifestInput> Templates,
    IReadOnlyList<ManifestInput> Partials);
