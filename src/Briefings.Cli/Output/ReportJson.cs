using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Core.Build;

namespace Briefings.Cli.Output;

/// <summary>
/// The <c>--json</c> form of a build report. Built as a JSON tree rather than serialised by reflection, which
/// the native (ahead-of-time) executable does not have.
/// </summary>
internal static class ReportJson
{
    /// <summary>Indented, characters outside ASCII written as they are.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Build(BuildReport report) => Tree(report).ToJsonString(Options);

    public static JsonObject Tree(BuildReport report) => new()
    {
        ["mode"] = SnakeCase(report.Mode),
        ["stale"] = report.IsStale,
        ["written"] = report.Written,
        ["unchanged"] = report.Unchanged,
        ["elapsed_ms"] = Math.Round(report.Elapsed.TotalMilliseconds),
        ["outputs"] = new JsonArray([.. report.Outputs.Select(Output)]),
        ["warnings"] = Strings(report.Warnings.Select(warning => warning.ToString())),
    };

    /// <summary>A JSON array of strings.</summary>
    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode?)value)]);

    private static JsonObject Output(OutputResult output)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in output.Parameters)
        {
            parameters[key] = value;
        }

        return new JsonObject
        {
            ["path"] = output.Path,
            ["template"] = output.Template,
            ["item"] = output.Item,
            ["format"] = output.Format,
            ["pages"] = output.Pages,
            ["bytes"] = output.Bytes,
            ["sha256"] = output.Sha256,
            ["status"] = SnakeCase(output.Status),
            ["parameters"] = parameters,
        };
    }

    private static string SnakeCase<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
