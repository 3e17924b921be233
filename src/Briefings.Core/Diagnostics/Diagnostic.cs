namespace Briefings.Core.Diagnostics;

/// <summary>
/// One finding about the inputs. <see cref="Code"/> is stable (e.g. <c>BRF-FACT-012</c>) so tests and
/// scripts can match on it; <see cref="Message"/> is for people.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation? Location = null)
{
    public static Diagnostic Error(string code, string message, SourceLocation? location = null) =>
        new(DiagnosticSeverity.Error, code, message, location);

    public static Diagnostic Warning(string code, string message, SourceLocation? location = null) =>
        new(DiagnosticSeverity.Warning, code, message, location);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        return Location is { } location
            ? $"{location}: {severity} {Code}: {Message}"
            : $"{severity} {Code}: {Message}";
    }
}
