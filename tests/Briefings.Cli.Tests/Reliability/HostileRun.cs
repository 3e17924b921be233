using Briefings.Cli;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// One in-process run of the briefings command, bounded in time: it runs on its own task and the test
/// fails (rather than hangs) if it has not finished within the bound. An exception escaping the command is
/// a crash and is reported as such: the command itself must turn every failure into an exit code.
/// </summary>
internal sealed record HostileRun(int ExitCode, string Output, string Error)
{
    /// <summary>Generous: the slowest input here takes a few seconds on a loaded 2-core machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    public static HostileRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var run = Task.Run(() => BriefingsCli.Run(args, output, error));
        if (!run.Wait(Bound))
        {
            throw new TimeoutException($"briefings {string.Join(' ', args)} did not finish within {Bound.TotalSeconds:0} s (a hang)");
        }

        return new HostileRun(run.Result, output.ToString(), error.ToString());
    }

    /// <summary>Error lines in the compiler format, <c>file:line:column: error CODE: message</c>.</summary>
    public IReadOnlyList<string> ErrorLines =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => line.Contains(": error ", StringComparison.Ordinal)).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
