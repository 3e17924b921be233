using System.CommandLine;
using Briefings.Cli.Output;
using Briefings.Core.Build;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings check</c>: loads and checks the facts (every quote verified), the templates and every
/// output's page budget, rendering in memory; writes nothing.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal)
    {
        var seeds = CommonOptions.Seeds();
        var templates = CommonOptions.Templates();
        var json = CommonOptions.Json();
        var command = new Command("check", "Check facts, templates and page budgets without writing anything") { seeds, templates, json };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                SeedsDirectory = parse.GetValue(seeds)!,
                TemplatesDirectory = parse.GetValue(templates)!,
                OutDirectory = Path.Combine(Path.GetTempPath(), "briefings-check-unused"),
                Mode = BuildMode.Check,
            };
            BuildCommand.Run(terminal, options, parse.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }
}
