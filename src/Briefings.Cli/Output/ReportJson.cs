using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Briefings.Core.Build;

namespace Briefings.Cli.Output;

/// <summary>The <c>--json</c> form of a build report.</summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Build(BuildReport report) => JsonSerializer.Serialize(
        new
        {
            mode = report.Mode,
            stale = report.IsStale,
            written = report.Written,
            unchanged = report.Unchanged,
            elapsed_ms = Math.Round(report.Elapsed.TotalMilliseconds),
            outputs = report.Outputs.Select(output => new
            {
                output.Path,
                output.Template,
                output.Item,
                output.Format,
                output.Pages,
                output.Bytes,
                output.Sha256,
                output.Status,
                output.Parameters,
            }),
            warnings = report.Warnings.Select(warning => warning.ToString()),
        },
        Options);
}
