using System.Globalization;
using System.Text;
using static Briefings.Core.Extraction.Writers.YamlText;

namespace Briefings.Core.Extraction.Writers;

/// <summary>Writes the candidates as YAML an analyst reads top to bottom; the same report always gives the same bytes.</summary>
internal static class CandidatesYamlWriter
{
    public static string Write(ExtractionReport report)
    {
        var summary = report.Summary;
        var y = new StringBuilder();
        y.Append("# Dated statements found in the sources: candidates for seeds/facts.yaml (briefings extract).\n");
        y.Append("# covered: a citation in the facts quotes text overlapping the statement (cited_by says where).\n");
        y.Append("# Dates are EDTF; basis says whether the year was stated or inferred; durations are never dates.\n");
        y.Append("summary:\n");
        AppendCounts(y, "  ", summary.Sentences, summary.DatedStatements, summary.Covered, summary.Percent);
        y.Append("sources:\n");
        foreach (var source in report.Sources)
        {
            y.Append("  - id: ").Append(Quote(source.SourceId)).Append('\n');
            y.Append("    file: ").Append(Quote(source.File)).Append('\n');
            y.Append("    document_date: ").Append(source.DocumentDate is { } date ? Quote(date.ToString()) : "null").Append('\n');
            AppendCounts(y, "    ", source.Sentences, source.Statements.Count, source.Covered, source.CoveragePercent);
            if (source.UnlocatedCitations.Count > 0)
            {
                y.Append("    unlocated_citations:\n");
                foreach (var location in source.UnlocatedCitations)
                {
                    y.Append("      - ").Append(Quote(location.ToString())).Append('\n');
                }
            }

            y.Append("    statements:").Append(source.Statements.Count == 0 ? " []\n" : "\n");
            foreach (var statement in source.Statements)
            {
                AppendStatement(y, statement);
            }
        }

        return y.ToString();
    }

    private static void AppendCounts(StringBuilder y, string indent, int sentences, int dated, int covered, double? percent)
    {
        y.Append(indent).Append("sentences: ").Append(sentences.ToString(CultureInfo.InvariantCulture)).Append('\n');
        y.Append(indent).Append("dated_statements: ").Append(dated.ToString(CultureInfo.InvariantCulture)).Append('\n');
        y.Append(indent).Append("covered: ").Append(covered.ToString(CultureInfo.InvariantCulture)).Append('\n');
        y.Append(indent).Append("coverage_percent: ").Append(Number(percent)).Append('\n');
    }

    private static void AppendStatement(StringBuilder y, DatedStatement statement)
    {
        y.Append("      - at: ").Append(Quote(statement.Location.ToString())).Append('\n');
        if (statement.Section is { } section)
        {
            y.Append("        section: ").Append(Quote(section)).Append('\n');
        }

        y.Append("        covered: ").Append(statement.Covered ? "true" : "false").Append('\n');
        if (statement.Covered)
        {
            y.Append("        cited_by: [").Append(string.Join(", ", statement.CitedBy.Select(c => Quote(c.ToString())))).Append("]\n");
        }

        y.Append("        text: ").Append(Quote(statement.Text)).Append('\n');
        y.Append("        dates:\n");
        foreach (var date in statement.Dates)
        {
            y.Append(CultureInfo.InvariantCulture, $"          - {{ text: {Quote(date.Text)}, edtf: {Quote(date.Date.ToString())}, basis: {Word(date.Basis)}, at: {date.Span.Start} }}\n");
        }

        if (statement.Durations.Count > 0)
        {
            y.Append("        durations:\n");
            foreach (var duration in statement.Durations)
            {
                var relation = duration.Relation is { } r ? $", relation: {Quote(r)}" : string.Empty;
                y.Append(CultureInfo.InvariantCulture, $"          - {{ text: {Quote(duration.Text)}, iso8601: {Quote(duration.Iso8601)}, qualifier: {Word(duration.Qualifier)}{relation}, at: {duration.Span.Start} }}\n");
            }
        }

        if (statement.Entities.Count > 0)
        {
            y.Append("        entities:\n");
            foreach (var entity in statement.Entities)
            {
                y.Append(CultureInfo.InvariantCulture, $"          - {{ text: {Quote(entity.Text)}, kind: {Word(entity.Kind)}, id: {Quote(entity.Id)}, at: {entity.Span.Start} }}\n");
            }
        }
    }
}
