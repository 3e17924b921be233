namespace Briefings.Core.Templating;

/// <summary>
/// Sandbox limits for one render. Loop and output limits grow with the facts, so a 10,000-event
/// chronology renders while a runaway template still stops: Scriban counts loop iterations cumulatively.
/// </summary>
public sealed record TemplateLimits(int LoopLimit, int RecursionLimit, int OutputLimit, TimeSpan Timeout)
{
    public static TemplateLimits ForFactCount(int factCount) => new(
        LoopLimit: 10_000 + (100 * factCount),
        RecursionLimit: 64,
        OutputLimit: 4_000_000 + (4_000 * factCount),
        Timeout: TimeSpan.FromSeconds(60));
}
