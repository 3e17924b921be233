using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Core.Dates;
using Briefings.Core.Diagnostics;

namespace Briefings.Core.Facts;

/// <summary>
/// The result of <see cref="FactChecker"/>: how much the facts hold, what is wrong (errors), what is suspicious
/// (warnings), where the sources disagree (discrepancies) and how often each source is cited.
/// </summary>
public sealed record FactCheckReport(
    string FactsPath,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<Diagnostic> Errors,
    IReadOnlyList<Diagnostic> Warnings,
    IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyDictionary<string, int> CitationsBySource)
{
    public bool HasErrors => Errors.Count > 0;

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("facts", FactsPath);
            json.WriteBoolean("ok", !HasErrors);
            json.WriteStartObject("counts");
            foreach (var (name, count) in Counts)
            {
                json.WriteNumber(name, count);
            }

            json.WriteEndObject();
            WriteDiagnostics(json, "errors", Errors);
            WriteDiagnostics(json, "warnings", Warnings);
            json.WriteStartArray("discrepancies");
            foreach (var discrepancy in Discrepancies)
            {
                json.WriteStartObject();
                json.WriteString("fact", discrepancy.Fact);
                json.WriteString("kind", discrepancy.FactKind);
                json.WriteString("id", discrepancy.FactId);
                json.WriteString("field", discrepancy.Field);
                json.WriteString("location", discrepancy.Location.ToString());
                json.WriteString("preferred", discrepancy.Preferred is { } preferred ? Display(preferred.Value) : null);
                json.WriteString("reason", discrepancy.Reason);
                json.WriteStartArray("alternatives");
                foreach (var alternative in discrepancy.Alternatives)
                {
                    json.WriteStartObject();
                    json.WriteString("value", Display(alternative.Value));
                    json.WriteBoolean("preferred", alternative.Preferred);
                    json.WriteStartArray("cite");
                    foreach (var citation in alternative.Cite)
                    {
                        json.WriteStartObject();
                        json.WriteString("source", citation.Source);
                        json.WriteString("quote", citation.Quote);
                        json.WriteNumber("line", citation.Line);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("citations_by_source");
            foreach (var (source, count) in CitationsBySource)
            {
                json.WriteNumber(source, count);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Facts: {FactsPath}").AppendLine();
        text.Append("  ").AppendJoin(", ", Counts.Select(pair => $"{pair.Value} {pair.Key}")).AppendLine();
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Errors ({Errors.Count})").AppendLine();
        foreach (var error in Errors)
        {
            text.Append("  ").Append(error).AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"Warnings ({Warnings.Count})").AppendLine();
        foreach (var warning in Warnings)
        {
            text.Append("  ").Append(warning).AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"Discrepancies ({Discrepancies.Count})").AppendLine();
        foreach (var discrepancy in Discrepancies)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {discrepancy.Location}: {discrepancy.Fact}, {discrepancy.Field}: ");
            text.AppendJoin(" / ", discrepancy.Alternatives.Select(a =>
                $"{Display(a.Value)}{(a.Preferred ? " (preferred)" : string.Empty)} [{string.Join(", ", a.Cite.Select(c => c.Source))}]"));
            text.AppendLine(discrepancy.Reason is null ? "; no preferred value" : $"; reason: {discrepancy.Reason}");
        }

        text.AppendLine("Citations by source");
        foreach (var (source, count) in CitationsBySource)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {source}: {count}").AppendLine();
        }

        text.AppendLine(HasErrors ? $"FAILED: {Errors.Count} error(s)" : "OK");
        return text.ToString();
    }

    private static string Display(object? value) => value is EdtfDate date ? $"{date.Format()} ({date})" : value?.ToString() ?? string.Empty;

    private static void WriteDiagnostics(Utf8JsonWriter json, string name, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Location is { } location)
            {
                json.WriteString("file", location.File);
                json.WriteNumber("line", location.Line);
                json.WriteNumber("column", location.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
