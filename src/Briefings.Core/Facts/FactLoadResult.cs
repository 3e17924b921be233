using Briefings.Core.Diagnostics;

namespace Briefings.Core.Facts;

/// <summary>
/// What loading the facts gave: the facts (null only when the file could not be read or parsed as YAML at all;
/// otherwise built from every record that could be read, even when other records have errors) and all diagnostics.
/// </summary>
public sealed record FactLoadResult(FactBase? Facts, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The facts, or a <see cref="BriefingsException"/> carrying every error.</summary>
    public FactBase GetFactsOrThrow() =>
        !HasErrors && Facts is not null ? Facts : throw new BriefingsException([.. Errors]);
}
