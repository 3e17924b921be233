using FsCheck;
using FsCheck.Fluent;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// How many cases each fuzz property runs. The committed suite runs a few dozen (seconds); a longer campaign
/// sets <c>BRIEFINGS_FUZZ_SCALE</c> (a multiplier) and then draws fresh random cases each run. At scale 1 the
/// cases come from a fixed seed, so the committed suite is the same sample every time: it cannot pass on one
/// machine and fail on the next. A failure reports the input and FsCheck's replay seed.
/// </summary>
internal static class FuzzBudget
{
    public static int Scale => int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    public static void Check(Property property, int cases)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases * Scale).WithQuietOnSuccess(true);
        if (Scale == 1)
        {
            config = config.WithReplay(new Replay(new Rnd(0x5EED_B41E_F1A6UL, 0x9E37_79B9_7F4A_7C15UL), null));
        }

        property.Check(config);
    }
}
