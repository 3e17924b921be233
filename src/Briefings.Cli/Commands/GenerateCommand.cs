using System.CommandLine;
using System.Globalization;
using Briefings.Cli.Output;
using Briefings.Core.Diagnostics;
using Briefings.Core.Synthetic;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings generate</c>: writes a synthetic dossier (facts.yaml and the source files its quotes come from)
/// of a chosen size, for benchmarks and scale tests. Build it with <c>briefings build --seeds DIR</c>.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(Terminal terminal)
    {
        var events = new Option<int>("--events", "-n") { Description = "Dated events in the chronology", DefaultValueFactory = _ => 1_000 };
        var agreements = new Option<int>("--agreements", "-m") { Description = "Agreements, each with its own treaty summary", DefaultValueFactory = _ => 10 };
        var perSource = new Option<int>("--events-per-source") { Description = "Events stated in each source file (sets how large each source grows)", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and sizes give the same files", DefaultValueFactory = _ => 1 };
        var outFolder = new Option<string>("--out", "-o") { Description = "Folder to write the dossier into (facts.yaml and source files)", Required = true };

        var command = new Command("generate", "Write a synthetic dossier of any size, with sources that contain every quote, for benchmarks")
        {
            events, agreements, perSource, seed, outFolder,
        };
        command.SetAction(parse =>
        {
            var options = new SyntheticDossierOptions
            {
                Events = parse.GetValue(events),
                Agreements = parse.GetValue(agreements),
                EventsPerSource = parse.GetValue(perSource),
                Seed = parse.GetValue(seed),
            };
            if (options.Events < 1 || options.Agreements < 0 || options.EventsPerSource < 1)
            {
                throw new UsageException("--events and --events-per-source must be at least 1, --agreements at least 0");
            }

            var directory = parse.GetValue(outFolder)!;
            if (File.Exists(Path.Combine(directory, SyntheticDossierGenerator.FactsFileName)) && !IsGenerated(directory))
            {
                throw new UsageException($"{directory} already holds a facts.yaml that this command did not write; choose another --out");
            }

            var summary = SyntheticDossierGenerator.Write(directory, options);
            terminal.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {summary.FactsPath}: {summary.Events} events, {summary.Agreements} agreements, {summary.Citations} citations, {summary.Discrepancies} discrepancies; {summary.Sources} sources ({summary.SourceBytes / 1024.0:0.#} KiB)"));
            return ExitCodes.Ok;
        });
        return command;
    }

    // Never overwrite an analyst's real facts: only a folder this command wrote before may be regenerated.
    private static bool IsGenerated(string directory)
    {
        using var reader = new StreamReader(Path.Combine(directory, SyntheticDossierGenerator.FactsFileName));
        return reader.ReadLine()?.StartsWith(SyntheticDossierGenerator.HeaderMark, StringComparison.Ordinal) == true;
    }
}
