using System.Text.RegularExpressions;
using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>What every refused input must give: exit code 1 and an error naming the file, line and column.</summary>
internal static class HostileAssert
{
    /// <param name="file">The end of the path the error must name, e.g. <c>facts.yaml</c>.</param>
    /// <param name="line">The line it must point at, or null for any line.</param>
    /// <returns>The matching error line.</returns>
    public static string LocatedError(HostileRun run, string file, int? line, string code, string? messagePart = null)
    {
        Assert.True(run.ExitCode == 1, $"expected exit 1 for a content error\n{run}");
        var pattern = new Regex($@"{Regex.Escape(file)}:{(line is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : @"\d+")}:\d+: error {Regex.Escape(code)}: ");
        var match = run.ErrorLines.FirstOrDefault(error => pattern.IsMatch(error));
        Assert.True(match is not null, $"expected an error {code} at {file}:{line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"}\n{run}");
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, match, StringComparison.Ordinal);
        }

        Assert.Contains("nothing in the out folder was changed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        return match;
    }
}
