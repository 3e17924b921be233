namespace Briefings.Core.Extraction.Mentions;

public enum DurationQualifier
{
    Exact,
    About,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
}
