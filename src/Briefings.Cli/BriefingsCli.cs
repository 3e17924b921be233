using System.CommandLine;
using Briefings.Cli.Commands;
using Briefings.Cli.Output;
using Briefings.Core.Diagnostics;

namespace Briefings.Cli;

/// <summary>
/// The <c>briefings</c> command. Maps outcomes to exit codes: 0 ok, 1 content errors (all of them printed,
/// compiler style), 2 usage errors, 3 an internal error (a bug: reported in one paragraph, not as an
/// unhandled exception). Takes its writers as arguments so tests run it in-process.
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
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Report(Unwrap(exception), error);
        }
    }

    // Parallel work wraps what it throws; one wrapped exception is reported as itself.
    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException aggregate && aggregate.Flatten().InnerExceptions is [var single] ? single : exception;

    private static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case UsageException usage:
                error.WriteLine($"error: {usage.Message}");
                return ExitCodes.UsageError;
            case BriefingsException content:
                DiagnosticPrinter.Print(error, content.Diagnostics);
                error.WriteLine($"{content.Diagnostics.Count(diagnostic => diagnostic.IsError)} error(s); nothing in the out folder was changed.");
                return ExitCodes.ContentError;
            default:
                error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
                foreach (var frame in (exception.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8))
                {
                    error.WriteLine($"  {frame}");
                }

                error.WriteLine("This is a bug in briefings, not a problem with your inputs: please report it with the inputs that caused it.");
                return ExitCodes.InternalError;
        }
    }
}
