using System.CommandLine;
using Briefings.Cli.Commands;
using Briefings.Cli.Output;
using Briefings.Core.Diagnostics;

namespace Briefings.Cli;

/// <summary>
/// The <c>briefings</c> command. Maps outcomes to exit codes: 0 ok, 1 content errors (all of them printed,
/// compiler style), 2 usage errors. Takes its writers as arguments so tests run it in-process.
/// </summary>
public static class BriefingsCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var terminal = new Terminal(output, error);
        var root = new RootCommand("Briefings: sourced, verified briefing papers (PDF and Word) from curated facts and Scriban templates")
        {
            BuildCommand.Create(terminal),
            CheckCommand.Create(terminal),
            ListCommand.Create(terminal),
            ExtractCommand.Create(terminal),
            GenerateCommand.Create(terminal),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'briefings --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (BriefingsException exception)
        {
            var errors = exception.Diagnostics.Count(diagnostic => diagnostic.IsError);
            DiagnosticPrinter.Print(error, exception.Diagnostics);
            error.WriteLine($"{errors} error(s); nothing in the out folder was changed.");
            return ExitCodes.ContentError;
        }
    }
}
