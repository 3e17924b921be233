using System.CommandLine;
using Briefings.Cli.Output;
using Briefings.Core.Build;
using Briefings.Core.Diagnostics;
using Spectre.Console;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: render briefings into the out folder, incrementally; <c>--verify</c> checks it instead.</summary>
internal static class BuildCommand
{
    public static Command Create(Terminal terminal)
    {
        var templates = new Argument<string[]>("templates")
        {
            Description = "Template ids to build (default: all)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string?>("--format", "-f") { Description = "Comma-separated formats to build instead of each template's own: pdf, docx, md" };
        var parameters = CommonOptions.Parameters();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents rendered in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var force = new Option<bool>("--force") { Description = "Rebuild every output even when its inputs are unchanged" };
        var verify = new Option<bool>("--verify") { Description = "Build in memory and exit 1, listing them, if files in the out folder are stale" };
        var pdfA = new Option<bool>("--pdfa") { Description = "Write PDF/A-2b, whatever the theme says" };
        var seeds = CommonOptions.Seeds();
        var templatesFolder = CommonOptions.Templates();
        var outFolder = CommonOptions.Out();
        var json = CommonOptions.Json();

        var command = new Command("build", "Build briefings from the facts and templates into the out folder")
        {
            templates, format, parameters, jobs, force, verify, pdfA, seeds, templatesFolder, outFolder, json,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(jobs) < 1)
            {
                throw new UsageException("--jobs must be at least 1");
            }

            var options = new BuildOptions
            {
                SeedsDirectory = parse.GetValue(seeds)!,
                TemplatesDirectory = parse.GetValue(templatesFolder)!,
                OutDirectory = parse.GetValue(outFolder)!,
                Templates = parse.GetValue(templates) ?? [],
                Formats = ParseFormats(parse.GetValue(format)),
                Parameters = ParseParameters(parse.GetValue(parameters) ?? []),
                Jobs = parse.GetValue(jobs),
                Force = parse.GetValue(force),
                Mode = parse.GetValue(verify) ? BuildMode.Verify : BuildMode.Write,
                PdfA = parse.GetValue(pdfA) ? true : null,
            };
            var report = Run(terminal, options, parse.GetValue(json));
            return report.IsStale ? ExitCodes.ContentError : ExitCodes.Ok;
        });
        return command;
    }

    internal static BuildReport Run(Terminal terminal, BuildOptions options, bool json)
    {
        var builder = new BriefingBuilder(RendererCatalog.CreateAll());
        BuildReport report;
        if (json)
        {
            report = builder.Run(options);
            terminal.Output.WriteLine(ReportJson.Build(report));
            return report;
        }

        if (terminal.IsInteractive)
        {
            report = null!;
            terminal.Console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("building briefings", maxValue: double.MaxValue);
                    task.IsIndeterminate = true;
                    report = builder.Run(options, output => task.Description = $"built {Markup.Escape(output.Path)}");
                });
        }
        else
        {
            var gate = new object();
            report = builder.Run(options, output =>
            {
                lock (gate)
                {
                    // Files are replaced only after every output rendered, so "written" is not yet true here.
                    var state = output.Status == OutputStatus.Written ? "rendered" : output.Status.ToString().ToLowerInvariant();
                    terminal.Output.WriteLine($"{state,-9} {output.Path}");
                }
            });
        }

        DiagnosticPrinter.Print(terminal.Error, report.Warnings);
        SummaryTable.Write(terminal, report);
        return report;
    }

    private static IReadOnlyList<string>? ParseFormats(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();

    internal static IReadOnlyDictionary<string, string> ParseParameters(IEnumerable<string> parameters)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--param '{parameter}' must be written key=value");
            }

            result[parameter[..equals]] = parameter[(equals + 1)..];
        }

        return result;
    }
}
