namespace Briefings.Core.Diagnostics;

/// <summary>
/// Thrown when the inputs (facts, templates, Markdown, theme, fonts, paths) are wrong. Carries every
/// diagnostic found, not only the first, so a user fixes them in one pass. The CLI maps it to exit code 1.
/// </summary>
public sealed class BriefingsException : Exception
{
    public BriefingsException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public BriefingsException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
