using System.CommandLine;
using System.Text.Json.Nodes;
using Briefings.Cli.Output;
using Briefings.Core.Build;
using Briefings.Core.Diagnostics;
using Briefings.Core.Facts;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings check</c>: the facts report (counts, every quote verified, warnings, discrepancies,
/// citations per source), then the templates and every output's page budget, rendered in memory.
/// Writes nothing.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal)
    {
        var seeds = CommonOptions.Seeds();
        var templates = CommonOptions.Templates();
        var json = CommonOptions.Json();
        var parameters = CommonOptions.Parameters();
        var command = new Command("check", "Check facts, templates and page budgets without writing anything") { seeds, templates, parameters, json };
        command.SetAction(parse =>
        {
            var seedsDirectory = parse.GetValue(seeds)!;
            var asJson = parse.GetValue(json);
            var facts = FactChecker.Check(Path.Combine(seedsDirectory, BuildInputs.FactsFileName));
            if (facts.HasErrors)
            {
                if (asJson)
                {
                    terminal.Output.WriteLine(facts.ToJson());
                }

                throw new BriefingsException(facts.Errors);
            }

            var options = new BuildOptions
            {
                SeedsDirectory = seedsDirectory,
                TemplatesDirectory = parse.GetValue(templates)!,
                OutDirectory = Path.Combine(Path.GetTempPath(), "briefings-check-writes-nothing"),
                Mode = BuildMode.Check,
                Parameters = BuildCommand.ParseParameters(parse.GetValue(parameters) ?? []),
            };
            var builder = new BriefingBuilder(RendererCatalog.CreateAll());
            if (asJson)
            {
                var report = builder.Run(options);
                var combined = new JsonObject
                {
                    ["facts"] = JsonNode.Parse(facts.ToJson()),
                    ["build"] = ReportJson.Tree(report),
                };
                terminal.Output.WriteLine(combined.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }

            terminal.Output.Write(facts.ToString());
            terminal.Output.WriteLine();
            BuildCommand.Run(terminal, options, json: false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
