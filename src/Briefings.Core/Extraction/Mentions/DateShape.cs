namespace Briefings.Core.Extraction.Mentions;

/// <summary>The form a date candidate was written in, which decides how it is completed and normalised.</summary>
internal enum DateShape
{
    /// <summary>Day, month and year, possibly with a weekday.</summary>
    FullDate,

    /// <summary>A range of days ("between August 28 and September 5"); years optional.</summary>
    DayRange,

    /// <summary>A range of months ("August–September 1945").</summary>
    MonthRange,

    /// <summary>A range of years, possibly to "present".</summary>
    YearRange,

    MonthYear,

    /// <summary>Month and day without a year.</summary>
    MonthDay,

    Decade,
    Century,
    Year,
    Weekday,
}
