using System.Text.Json;

namespace Briefings.Testing.ExternalTools;

/// <summary>qpdf: structural checks (xref, streams, object syntax) and a JSON view of a PDF.</summary>
public static class Qpdf
{
    public const string Tool = "qpdf";

    /// <summary>Runs <c>qpdf --check</c>. Exit code 3 means warnings, 2 errors; warnings are collected line by line.</summary>
    public static QpdfCheckResult Check(string pdfPath)
    {
        var result = ExternalTool.Run(Tool, ["--check", pdfPath]);

        // qpdf prints problems on stderr ("WARNING: ...", "ERROR: ..."); stdout only carries them for some checks.
        var warnings = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries).Where(line => line.StartsWith("WARNING", StringComparison.Ordinal)))
            .ToList();
        return new QpdfCheckResult(result.ExitCode, result.StandardOutput, warnings);
    }

    /// <summary>
    /// Runs <c>qpdf --json</c> (JSON version 2), limited to <paramref name="keys"/> when given
    /// (e.g. "outlines", "pages", "objects"). The caller disposes the document.
    /// </summary>
    public static JsonDocument Json(string pdfPath, params string[] keys)
    {
        var arguments = new List<string> { "--json=2" };
        arguments.AddRange(keys.Select(key => $"--json-key={key}"));
        arguments.Add(pdfPath);
        var result = ExternalTool.RunChecked(Tool, arguments);
        return JsonDocument.Parse(result.StandardOutput);
    }
}
