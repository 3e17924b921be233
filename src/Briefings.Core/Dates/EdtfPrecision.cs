namespace Briefings.Core.Dates;

/// <summary>How much of a date is known, from coarsest to finest; comparisons rely on this order.</summary>
public enum EdtfPrecision
{
    /// <summary>Two unspecified year digits, e.g. <c>19XX</c>.</summary>
    Century,

    /// <summary>One unspecified year digit, e.g. <c>195X</c> (the 1950s).</summary>
    Decade,

    Year,
    Month,
    Day,
}
