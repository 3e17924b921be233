using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Cli.Output;
using Briefings.Core.Build;
using Briefings.Core.Templating;
using Spectre.Console;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings list</c>: the templates, what they fan out over, and the outputs they produce.</summary>
internal static class ListCommand
{
    public static Command Create(Terminal terminal)
    {
        var seeds = CommonOptions.Seeds();
        var templates = CommonOptions.Templates();
        var json = CommonOptions.Json();
        var command = new Command("list", "List the templates and the outputs each one produces") { seeds, templates, json };
        command.SetAction(parse =>
        {
            var templatesDirectory = parse.GetValue(templates)!;
            var inputs = BuildInputs.Load(parse.GetValue(seeds)!, templatesDirectory);
            var engine = new TemplateEngine(templatesDirectory, inputs.Facts);
            var rows = inputs.Templates.Select(template => new
            {
                id = template.Id,
                title = template.Title,
                description = template.Description,
                formats = template.Formats,
                page_budget = template.PageBudget,
                for_each = template.ForEach,
                parameters = template.Parameters.Values.Select(parameter => new { name = parameter.Name, @default = parameter.Default, description = parameter.Description }),
                outputs = engine.Plan(template, new Dictionary<string, string>()).SelectMany(planned => template.Formats.Select(format => $"{planned.Name}.{format}")).ToArray(),
            }).ToArray();

            if (parse.GetValue(json))
            {
                var tree = new JsonArray([.. rows.Select(row => (JsonNode)new JsonObject
                {
                    ["id"] = row.id,
                    ["title"] = row.title,
                    ["description"] = row.description,
                    ["formats"] = ReportJson.Strings(row.formats),
                    ["page_budget"] = row.page_budget,
                    ["for_each"] = row.for_each,
                    ["parameters"] = new JsonArray([.. row.parameters.Select(parameter => (JsonNode)new JsonObject
                    {
                        ["name"] = parameter.name,
                        ["default"] = parameter.@default,
                        ["description"] = parameter.description,
                    })]),
                    ["outputs"] = ReportJson.Strings(row.outputs),
                })]);
                terminal.Output.WriteLine(tree.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Template").AddColumn("Description").AddColumn("Formats").AddColumn("Budget").AddColumn("Outputs");
            foreach (var row in rows)
            {
                table.AddRow(
                    Markup.Escape(row.id),
                    Markup.Escape(row.description),
                    string.Join(", ", row.formats),
                    row.page_budget?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–",
                    Markup.Escape(row.for_each is null ? row.outputs.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{row.outputs.Length} (one per {row.for_each})"));
            }

            terminal.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
