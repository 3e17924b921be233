using System.Globalization;
using System.Text;

namespace Briefings.Core.Extraction;

/// <summary>Per source and overall: sentences, dated statements, how many the facts cite, and the percentage.</summary>
public sealed record CoverageSummary(IReadOnlyList<SourceCoverage> Sources)
{
    public int Sentences => Sources.Sum(s => s.Sentences);

    public int DatedStatements => Sources.Sum(s => s.DatedStatements);

    public int Covered => Sources.Sum(s => s.Covered);

    /// <summary>Overall: covered statements of all sources over all dated statements (not an average of percentages).</summary>
    public double? Percent => DatedStatements == 0 ? null : 100.0 * Covered / DatedStatements;

    /// <summary>A fixed-width table for a terminal or a log.</summary>
    public string ToTable()
    {
        var rows = Sources.Append(new SourceCoverage("total", string.Empty, Sentences, DatedStatements, Covered)).ToList();
        var idWidth = Math.Max("source".Length, rows.Max(r => r.SourceId.Length));
        var fileWidth = Math.Max("file".Length, rows.Max(r => r.File.Length));
        var builder = new StringBuilder();
        void Line(string id, string file, string sentences, string dated, string covered, string percent) =>
            builder.Append(CultureInfo.InvariantCulture, $"{id.PadRight(idWidth)}  {file.PadRight(fileWidth)}  {sentences,9}  {dated,5}  {covered,7}  {percent,8}").Append('\n');

        Line("source", "file", "sentences", "dated", "covered", "coverage");
        foreach (var row in rows)
        {
            Line(row.SourceId, row.File, Number(row.Sentences), Number(row.DatedStatements), Number(row.Covered), FormatPercent(row.Percent));
        }

        return builder.ToString();
    }

    /// <summary>"63.8%", or "n/a" when there is nothing to cover.</summary>
    public static string FormatPercent(double? percent) =>
        percent is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
