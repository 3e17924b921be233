using System.Globalization;

namespace Briefings.Core.Synthetic;

/// <summary>A generated date: its EDTF form for the facts and the words a source uses for it.</summary>
internal sealed record SyntheticDate(string Edtf, string Prose, int Year, int Month, int Day)
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Mostly exact days, as in real sources, with some months, years, approximate years and short ranges.</summary>
    public static SyntheticDate Next(Random random, int firstYear, int lastYear)
    {
        var year = random.Next(firstYear, lastYear + 1);
        var month = random.Next(1, 13);
        var day = random.Next(1, DateTime.DaysInMonth(year, month) + 1);
        var roll = random.Next(100);
        return roll switch
        {
            < 78 => OnDay(year, month, day),
            < 90 => new SyntheticDate(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), $"In {MonthNames[month - 1]} {year}", year, month, 1),
            < 96 => new SyntheticDate(year.ToString("D4", CultureInfo.InvariantCulture), $"In {year}", year, 1, 1),
            < 98 => new SyntheticDate(string.Create(CultureInfo.InvariantCulture, $"{year:D4}~"), $"Around {year}", year, 1, 1),
            _ => Range(year, month, Math.Min(day, DateTime.DaysInMonth(year, month) - 2)),
        };
    }

    public static SyntheticDate OnDay(int year, int month, int day) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), $"On {day} {MonthNames[month - 1]} {year}", year, month, day);

    /// <summary>The same day a few days later, or in the same month when that leaves the month: a second source that disagrees.</summary>
    public SyntheticDate Disagreeing() =>
        Day + 3 <= DateTime.DaysInMonth(Year, Month) ? OnDay(Year, Month, Day + 3) : OnDay(Year, Month, 1);

    private static SyntheticDate Range(int year, int month, int day) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}/{year:D4}-{month:D2}-{day + 2:D2}"),
            $"From {day} to {day + 2} {MonthNames[month - 1]} {year}",
            year,
            month,
            day);
}
