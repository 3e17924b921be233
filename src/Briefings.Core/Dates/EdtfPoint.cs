using System.Globalization;

namespace Briefings.Core.Dates;

/// <summary>
/// One end of an EDTF date: a year (or decade/century with unspecified digits), optionally a month and day,
/// with its own qualifier. <see cref="Year"/> is the first year covered (1950 for <c>195X</c>); <see cref="Month"/>
/// and <see cref="Day"/> are 0 when not given. Build points with <see cref="EdtfDate.Parse"/>.
/// </summary>
public readonly record struct EdtfPoint
{
    internal EdtfPoint(int year, int month, int day, EdtfPrecision precision, EdtfQualifier qualifier)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
        Qualifier = qualifier;
    }

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public EdtfPrecision Precision { get; }

    public EdtfQualifier Qualifier { get; }

    public bool IsApproximate => (Qualifier & EdtfQualifier.Approximate) != 0;

    public bool IsUncertain => (Qualifier & EdtfQualifier.Uncertain) != 0;

    /// <summary>The first day this point may mean. (<c>default(EdtfPoint)</c> is no date; it spans 0001–0099.)</summary>
    public DateOnly Start => Year < 1 ? DateOnly.MinValue : Precision switch
    {
        EdtfPrecision.Day => new DateOnly(Year, Month, Day),
        EdtfPrecision.Month => new DateOnly(Year, Month, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day this point may mean.</summary>
    public DateOnly End => Year < 1 ? new DateOnly(99, 12, 31) : Precision switch
    {
        EdtfPrecision.Day => new DateOnly(Year, Month, Day),
        EdtfPrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        EdtfPrecision.Year => new DateOnly(Year, 12, 31),
        EdtfPrecision.Decade => new DateOnly(Year + 9, 12, 31),
        _ => new DateOnly(Year + 99, 12, 31),
    };

    /// <summary>The English month name ("October"), or null below month precision.</summary>
    public string? MonthName => Precision >= EdtfPrecision.Month ? MonthNames[Month - 1] : null;

    /// <summary>The EDTF text of this point, e.g. <c>1956-10-19</c>, <c>195X~</c>.</summary>
    public override string ToString() => Unqualified() + Qualifier switch
    {
        EdtfQualifier.Uncertain => "?",
        EdtfQualifier.Approximate => "~",
        EdtfQualifier.UncertainAndApproximate => "%",
        _ => string.Empty,
    };

    /// <summary>For people: "19 October 1956", "October 1956", "1956", "1950s", "c. 2003", "2023?".</summary>
    public string Format() => Qualify(FormatUnqualified());

    internal string FormatUnqualified() => Precision switch
    {
        EdtfPrecision.Day => $"{Day} {MonthName} {Year:D4}",
        EdtfPrecision.Month => $"{MonthName} {Year:D4}",
        EdtfPrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => $"{Year:D4}s",
    };

    internal string Qualify(string text) =>
        (IsApproximate ? "c. " : string.Empty) + text + (IsUncertain ? "?" : string.Empty);

    private string Unqualified() => Precision switch
    {
        EdtfPrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        EdtfPrecision.Month => $"{Year:D4}-{Month:D2}",
        EdtfPrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        EdtfPrecision.Decade => $"{Year / 10:D3}X",
        _ => $"{Year / 100:D2}XX",
    };
}
