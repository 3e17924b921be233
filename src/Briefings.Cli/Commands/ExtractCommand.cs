using System.CommandLine;
using System.Globalization;
using System.Text;
using Briefings.Cli.Output;
using Briefings.Core.Build;
using Briefings.Core.Diagnostics;
using Briefings.Core.Extraction;
using Briefings.Core.Facts;
using Spectre.Console;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings extract</c>: proposes candidate facts (every dated statement in the sources, with its dates
/// and entities) and reports which of them no fact cites yet. Writes under <c>out/extract/</c>; never
/// touches the seeds.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(Terminal terminal)
    {
        var seeds = CommonOptions.Seeds();
        var outFolder = CommonOptions.Out();
        var json = CommonOptions.Json();
        var command = new Command("extract", "Find the dated statements and entities in the sources, and what the facts do not cover yet") { seeds, outFolder, json };
        command.SetAction(parse =>
        {
            var seedsDirectory = parse.GetValue(seeds)!;
            var load = FactBaseLoader.Load(Path.Combine(seedsDirectory, BuildInputs.FactsFileName));
            if (load.HasErrors || load.Facts is null)
            {
                throw new BriefingsException(load.Diagnostics.Where(diagnostic => diagnostic.IsError).ToArray());
            }

            var report = Extractor.Run(load.Facts, seedsDirectory);
            if (report.Diagnostics.Any(diagnostic => diagnostic.IsError))
            {
                throw new BriefingsException(report.Diagnostics);
            }

            var folder = Path.Combine(parse.GetValue(outFolder)!, "extract");
            var candidates = Path.Combine(folder, "candidates.yaml");
            var coverage = Path.Combine(folder, "coverage.json");
            var coverageJson = report.ToJson();
            AtomicFile.Write(candidates, Encoding.UTF8.GetBytes(report.ToYaml()));
            AtomicFile.Write(coverage, Encoding.UTF8.GetBytes(coverageJson));
            DiagnosticPrinter.Print(terminal.Error, report.Diagnostics);

            if (parse.GetValue(json))
            {
                terminal.Output.WriteLine(coverageJson);
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Source").AddColumn("File")
                .AddColumn(new TableColumn("Sentences").RightAligned())
                .AddColumn(new TableColumn("Dated").RightAligned())
                .AddColumn(new TableColumn("Cited").RightAligned())
                .AddColumn(new TableColumn("Coverage").RightAligned());
            var summary = report.Summary;
            foreach (var source in summary.Sources)
            {
                table.AddRow(Markup.Escape(source.SourceId), Markup.Escape(source.File), Number(source.Sentences), Number(source.DatedStatements), Number(source.Covered), CoverageSummary.FormatPercent(source.Percent));
            }

            table.AddRow("[bold]all[/]", string.Empty, Number(summary.Sentences), Number(summary.DatedStatements), Number(summary.Covered), CoverageSummary.FormatPercent(summary.Percent));
            terminal.Console.Write(table);
            terminal.Console.WriteLine($"candidates: {candidates}");
            terminal.Console.WriteLine($"coverage:   {coverage}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
