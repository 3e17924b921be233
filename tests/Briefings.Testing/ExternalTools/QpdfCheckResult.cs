namespace Briefings.Testing.ExternalTools;

/// <summary>The outcome of <c>qpdf --check</c>: clean means exit code 0 and not a single warning.</summary>
public sealed record QpdfCheckResult(int ExitCode, string Output, IReadOnlyList<string> Warnings)
{
    public bool IsClean => ExitCode == 0 && Warnings.Count == 0;

    public override string ToString() => $"qpdf --check exit {ExitCode}{Environment.NewLine}{Output}{string.Join(Environment.NewLine, Warnings)}";
}
