using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>A test of tens of seconds, run only when <c>BRIEFINGS_SCALE_TESTS=1</c>, so the committed suite stays fast.</summary>
public sealed class ScaleFactAttribute : FactAttribute
{
    public ScaleFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("BRIEFINGS_SCALE_TESTS") != "1")
        {
            Skip = "a scale test of tens of seconds: set BRIEFINGS_SCALE_TESTS=1 to run it";
        }
    }
}
