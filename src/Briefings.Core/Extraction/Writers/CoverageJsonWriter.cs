using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefings.Core.Extraction.Writers;

/// <summary>Writes the coverage report as indented JSON with a fixed key order.</summary>
internal static class CoverageJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(ExtractionReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            var summary = report.Summary;
            json.WriteStartObject();
            json.WriteStartObject("summary");
            WriteCounts(json, summary.Sentences, summary.DatedStatements, summary.Covered, summary.Percent);
            json.WriteEndObject();
            json.WriteStartArray("sources");
            foreach (var source in report.Sources)
            {
                json.WriteStartObject();
                json.WriteString("id", source.SourceId);
                json.WriteString("file", source.File);
                if (source.DocumentDate is { } date)
                {
                    json.WriteString("document_date", date.ToString());
                }
                else
                {
                    json.WriteNull("document_date");
                }

                WriteCounts(json, source.Sentences, source.Statements.Count, source.Covered, source.CoveragePercent);
                json.WriteStartArray("unlocated_citations");
                foreach (var location in source.UnlocatedCitations)
                {
                    json.WriteStringValue(location.ToString());
                }

                json.WriteEndArray();
                json.WriteStartArray("uncovered");
                foreach (var statement in source.Uncovered)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", statement.Line);
                    json.WriteNumber("column", statement.Column);
                    json.WriteString("text", statement.Text);
                    json.WriteStartArray("dates");
                    foreach (var mention in statement.Dates)
                    {
                        json.WriteStringValue(mention.Date.ToString());
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteStringValue(diagnostic.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCounts(Utf8JsonWriter json, int sentences, int dated, int covered, double? percent)
    {
        json.WriteNumber("sentences", sentences);
        json.WriteNumber("dated_statements", dated);
        json.WriteNumber("covered", covered);
        if (percent is { } value)
        {
            json.WriteNumber("coverage_percent", Math.Round(value, 1));
        }
        else
        {
            json.WriteNull("coverage_percent");
        }
    }
}
