using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Briefings.Core.Dates;

/// <summary>
/// A date in the Library of Congress Extended Date/Time Format, levels 0–1, as the facts use it:
/// <c>1956-10-19</c>, <c>1956-10</c>, <c>1956</c>, decades and centuries with unspecified digits (<c>195X</c>,
/// <c>19XX</c>), ranges <c>1945-08-28/1945-09-05</c>, and the qualifiers <c>~</c> approximate, <c>?</c> uncertain,
/// <c>%</c> both (per end of a range). Years run from 0001 to 9999. Seasons and open ranges are not supported.
/// </summary>
/// <remarks>
/// Ordering (<see cref="CompareTo(EdtfDate?)"/>): by <see cref="Start"/>; at an equal start the wider date comes
/// first (later <see cref="End"/>), so a year precedes its months and a month precedes its days; then exact before
/// uncertain before approximate; finally by EDTF text. Equal dates have equal text, so the order is total and
/// consistent with equality.
/// </remarks>
public sealed record EdtfDate : IComparable<EdtfDate>, IComparable
{
    private EdtfDate(EdtfPoint from, EdtfPoint? to)
    {
        From = from;
        To = to;
    }

    /// <summary>The date, or the first end of a range.</summary>
    public EdtfPoint From { get; }

    /// <summary>The last end of a range; null for a single date.</summary>
    public EdtfPoint? To { get; }

    public bool IsRange => To is not null;

    /// <summary>The coarser precision of the two ends of a range.</summary>
    public EdtfPrecision Precision => To is { } to && to.Precision < From.Precision ? to.Precision : From.Precision;

    public bool IsApproximate => From.IsApproximate || To?.IsApproximate == true;

    public bool IsUncertain => From.IsUncertain || To?.IsUncertain == true;

    /// <summary>The first day the date may mean.</summary>
    public DateOnly Start => From.Start;

    /// <summary>The last day the date may mean.</summary>
    public DateOnly End => (To ?? From).End;

    /// <summary>The year the date starts in.</summary>
    public int Year => Start.Year;

    public static EdtfDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date, out var error) ? date : throw new FormatException(error);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out EdtfDate? date, [NotNullWhen(false)] out string? error)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "an empty text is not an EDTF date";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            if (!TryParsePoint(text, text, out var point, out error))
            {
                return false;
            }

            date = new EdtfDate(point, null);
            return true;
        }

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = $"'{text}' is not an EDTF date: a range has exactly one '/'";
            return false;
        }

        var first = text[..slash];
        var last = text[(slash + 1)..];
        if (first is "" or ".." || last is "" or "..")
        {
            error = $"'{text}' is not a supported EDTF date: open or unknown range ends are not supported; give both ends";
            return false;
        }

        if (!TryParsePoint(text, first, out var from, out error) || !TryParsePoint(text, last, out var to, out error))
        {
            return false;
        }

        if (to.End < from.Start)
        {
            error = $"'{text}' is not a valid EDTF range: it ends ({last}) before it starts ({first})";
            return false;
        }

        date = new EdtfDate(from, to);
        return true;
    }

    /// <summary>The EDTF text; <c>Parse(d.ToString()) == d</c>.</summary>
    public override string ToString() => To is { } to ? $"{From}/{to}" : From.ToString();

    /// <summary>
    /// For people: "19 October 1956", "October 1956", "1956", "1950s", "c. 2003", "2023?", and ranges compacted
    /// where both ends share precision and carry no qualifier: "19–20 October 1956", "28 August – 5 September 1945",
    /// "August–September 1945", "1945–1956". One-word ends are joined by an unspaced en dash, longer ends by a spaced one.
    /// </summary>
    public string Format()
    {
        if (To is not { } to)
        {
            return From.Format();
        }

        if (From.Qualifier != EdtfQualifier.None || to.Qualifier != EdtfQualifier.None || From.Precision != to.Precision)
        {
            return $"{From.Format()} – {to.Format()}";
        }

        var sameYear = From.Year == to.Year;
        return From.Precision switch
        {
            EdtfPrecision.Day when sameYear && From.Month == to.Month => $"{From.Day}–{to.Day} {to.MonthName} {to.Year:D4}",
            EdtfPrecision.Day when sameYear => $"{From.Day} {From.MonthName} – {to.Day} {to.MonthName} {to.Year:D4}",
            EdtfPrecision.Month when sameYear => $"{From.MonthName}–{to.MonthName} {to.Year:D4}",
            EdtfPrecision.Day or EdtfPrecision.Month => $"{From.Format()} – {to.Format()}",
            _ => $"{From.Format()}–{to.Format()}",
        };
    }

    public int CompareTo(EdtfDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var widerFirst = other.End.CompareTo(End);
        if (widerFirst != 0)
        {
            return widerFirst;
        }

        var byQualifier = QualifierRank().CompareTo(other.QualifierRank());
        return byQualifier != 0 ? byQualifier : string.CompareOrdinal(ToString(), other.ToString());
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        EdtfDate other => CompareTo(other),
        _ => throw new ArgumentException($"an EdtfDate cannot be compared with {obj.GetType().Name}", nameof(obj)),
    };

    public static bool operator <(EdtfDate? left, EdtfDate? right) => Compare(left, right) < 0;

    public static bool operator <=(EdtfDate? left, EdtfDate? right) => Compare(left, right) <= 0;

    public static bool operator >(EdtfDate? left, EdtfDate? right) => Compare(left, right) > 0;

    public static bool operator >=(EdtfDate? left, EdtfDate? right) => Compare(left, right) >= 0;

    private static int Compare(EdtfDate? left, EdtfDate? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private int QualifierRank() => (int)From.Qualifier * 4 + (int)(To?.Qualifier ?? EdtfQualifier.None);

    private static bool TryParsePoint(string whole, string text, out EdtfPoint point, [NotNullWhen(false)] out string? error)
    {
        point = default;
        var qualifier = EdtfQualifier.None;
        var body = text;
        switch (text[^1])
        {
            case '?':
                qualifier = EdtfQualifier.Uncertain;
                break;
            case '~':
                qualifier = EdtfQualifier.Approximate;
                break;
            case '%':
                qualifier = EdtfQualifier.UncertainAndApproximate;
                break;
        }

        if (qualifier != EdtfQualifier.None)
        {
            body = text[..^1];
        }

        string Fail(string reason) => $"'{whole}' is not a valid EDTF date: {reason}";

        var parts = body.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            error = Fail($"'{text}' must look like YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %");
            return false;
        }

        var yearText = parts[0];
        var unspecified = 0;
        while (unspecified < 4 && yearText[3 - unspecified] is 'X')
        {
            unspecified++;
        }

        if (unspecified > 2)
        {
            error = Fail("at most the last two year digits may be unspecified (195X, 19XX)");
            return false;
        }

        var digits = yearText[..(4 - unspecified)];
        if (!digits.All(char.IsAsciiDigit))
        {
            error = Fail($"the year '{yearText}' must be four digits (or end in X for a decade or century)");
            return false;
        }

        var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) * (unspecified == 0 ? 1 : unspecified == 1 ? 10 : 100);
        if (year == 0)
        {
            error = Fail("years before 0001 are not supported");
            return false;
        }

        if (unspecified > 0)
        {
            if (parts.Length > 1)
            {
                error = Fail("a decade or century (195X, 19XX) cannot have a month or day");
                return false;
            }

            point = new EdtfPoint(year, 0, 0, unspecified == 1 ? EdtfPrecision.Decade : EdtfPrecision.Century, qualifier);
            error = null;
            return true;
        }

        if (parts.Length == 1)
        {
            point = new EdtfPoint(year, 0, 0, EdtfPrecision.Year, qualifier);
            error = null;
            return true;
        }

        if (!TryTwoDigits(parts[1], out var month))
        {
            error = Fail(parts[1].Contains('X', StringComparison.Ordinal)
                ? "an unspecified month or day (XX) is not supported; leave it out (1985-04 rather than 1985-04-XX)"
                : $"the month '{parts[1]}' must be two digits");
            return false;
        }

        if (month is >= 21 and <= 24)
        {
            error = Fail($"seasons ({month}) are not supported; use a month or a range of months");
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = Fail($"month {month} does not exist (months are 01–12)");
            return false;
        }

        if (parts.Length == 2)
        {
            point = new EdtfPoint(year, month, 0, EdtfPrecision.Month, qualifier);
            error = null;
            return true;
        }

        if (!TryTwoDigits(parts[2], out var day))
        {
            error = Fail(parts[2].Contains('X', StringComparison.Ordinal)
                ? "an unspecified day (XX) is not supported; leave it out (1985-04 rather than 1985-04-XX)"
                : $"the day '{parts[2]}' must be two digits");
            return false;
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            error = Fail(day is < 1 or > 31
                ? $"day {day} does not exist (days are 01–31)"
                : $"{new EdtfPoint(year, month, 0, EdtfPrecision.Month, EdtfQualifier.None).Format()} has {daysInMonth} days");
            return false;
        }

        point = new EdtfPoint(year, month, day, EdtfPrecision.Day, qualifier);
        error = null;
        return true;
    }

    private static bool TryTwoDigits(string text, out int value)
    {
        value = 0;
        if (text.Length != 2 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]))
        {
            return false;
        }

        value = (text[0] - '0') * 10 + (text[1] - '0');
        return true;
    }
}
