using Briefings.Core.Diagnostics;

namespace Briefings.Core.Build;

/// <summary>What a build did, output by output, in a stable order (by path).</summary>
public sealed record BuildReport(BuildMode Mode, IReadOnlyList<OutputResult> Outputs, IReadOnlyList<Diagnostic> Warnings, TimeSpan Elapsed)
{
    public int Written => Outputs.Count(output => output.Status == OutputStatus.Written);

    public int Unchanged => Outputs.Count(output => output.Status == OutputStatus.Unchanged);

    public IReadOnlyList<OutputResult> Stale => Outputs.Where(output => output.Status == OutputStatus.Stale).ToArray();

    /// <summary>In verify mode: whether the out folder differs from what the inputs give.</summary>
    public bool IsStale => Stale.Count > 0;
}
