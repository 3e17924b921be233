using Briefings.Core.Build;
using Spectre.Console;

namespace Briefings.Cli.Output;

/// <summary>The table people read after a build: one row per document, with its formats, pages and time.</summary>
internal static class SummaryTable
{
    public static void Write(Terminal terminal, BuildReport report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Document")
            .AddColumn("Formats")
            .AddColumn(new TableColumn("Pages").RightAligned())
            .AddColumn("Status")
            .AddColumn(new TableColumn("Time").RightAligned());
        foreach (var document in report.Outputs.GroupBy(output => Path.ChangeExtension(output.Path, null)))
        {
            var outputs = document.ToArray();
            table.AddRow(
                Markup.Escape(document.Key),
                string.Join(", ", outputs.Select(output => output.Format)),
                outputs.FirstOrDefault(output => output.Pages is not null)?.Pages?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–",
                string.Join(", ", outputs.Select(output => output.Status.ToString().ToLowerInvariant()).Distinct()),
                $"{outputs.Max(output => output.Elapsed).TotalMilliseconds:0} ms");
        }

        terminal.Console.Write(table);
        var verb = report.Mode switch
        {
            BuildMode.Verify when report.IsStale => $"{report.Stale.Count} stale output(s): the out folder does not match the inputs",
            BuildMode.Verify => "out folder is up to date",
            BuildMode.Check => "checked, nothing written",
            _ when report.Written == 0 => "nothing changed, nothing rewritten",
            _ => $"{report.Written} written, {report.Unchanged} unchanged",
        };
        terminal.Console.WriteLine($"{report.Outputs.Count} outputs in {report.Elapsed.TotalSeconds:0.00} s: {verb}");
        foreach (var stale in report.Stale)
        {
            terminal.Console.WriteLine($"stale: {stale.Path}");
        }
    }
}
