using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Core.Dates;
using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>
/// Finds the dates and durations of a sentence. Every pattern of <see cref="DatePatterns"/> proposes candidates;
/// durations are taken first and no date may overlap one ("about 80 years" is never the year 80); then, left to
/// right, the longest candidate at each position that can be completed into an EDTF date wins, so "October 19, 1956"
/// beats "October 19" and "1956", and "1956–Present" falls back to "1956" when the present is unknown.
/// Normalisation (EDTF): a day, month or year as written; ranges as <c>a/b</c>; "the 2010s" <c>201X</c>; early /
/// mid / late in a decade the approximate years 0–3 / 3–7 / 7–9 (<c>2003~/2007~</c> for "mid-2000s"); in a century
/// the years 00–30 / 30–70 / 70–99 (<c>1930~/1970~</c> for "the middle of the last century"); in a year the months
/// 1–4 / 5–8 / 9–12. Years missing from the text are completed by <see cref="DateContext"/>.
/// </summary>
public static class DateRecognizer
{
    private static readonly (Regex Pattern, DateShape Shape)[] Patterns =
    [
        (DatePatterns.MonthDayYear(), DateShape.FullDate),
        (DatePatterns.DayMonthYear(), DateShape.FullDate),
        (DatePatterns.IsoDate(), DateShape.FullDate),
        (DatePatterns.MonthDayRange(), DateShape.DayRange),
        (DatePatterns.DayMonthRange(), DateShape.DayRange),
        (DatePatterns.MonthRange(), DateShape.MonthRange),
        (DatePatterns.YearRange(), DateShape.YearRange),
        (DatePatterns.MonthYear(), DateShape.MonthYear),
        (DatePatterns.MonthDay(), DateShape.MonthDay),
        (DatePatterns.DayMonth(), DateShape.MonthDay),
        (DatePatterns.Decade(), DateShape.Decade),
        (DatePatterns.Century(), DateShape.Century),
        (DatePatterns.BareYear(), DateShape.Year),
        (DatePatterns.WeekdayName(), DateShape.Weekday),
    ];

    /// <summary>The dates and durations of <paramref name="sentence"/>, in text order; stated years update <paramref name="context"/>.</summary>
    public static SentenceDates Recognise(string sentence, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(context);
        var durations = Durations(sentence);
        var candidates = new List<DateCandidate>();
        var hasDigit = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        foreach (var (pattern, shape) in Patterns)
        {
            // A cheap filter for long sources: only centuries and weekdays can be written without a digit.
            if (!hasDigit && shape is not (DateShape.Century or DateShape.Weekday))
            {
                continue;
            }

            for (var match = pattern.Match(sentence); match.Success; match = match.NextMatch())
            {
                if (!durations.Any(d => d.Span.Overlaps(new TextSpan(match.Index, match.Length))))
                {
                    candidates.Add(new DateCandidate(shape, match.Index, match.Length, match));
                }
            }
        }

        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Shape.CompareTo(b.Shape));

        var dates = new List<DateMention>();
        var taken = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Start < taken || Resolve(candidate, context) is not { } resolved)
            {
                continue;
            }

            dates.Add(new DateMention(new TextSpan(candidate.Start, candidate.Length), candidate.Match.Value, resolved.Date, resolved.Basis));
            taken = candidate.End;
        }

        return new SentenceDates(dates, durations);
    }

    /// <summary>The lengths of time in <paramref name="sentence"/>; they are never dates.</summary>
    public static IReadOnlyList<DurationMention> Durations(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var durations = new List<DurationMention>();
        for (var match = DatePatterns.Duration().Match(sentence); match.Success; match = match.NextMatch())
        {
            var unit = match.Groups["u"];
            var low = NumberValue(match.Groups["n"].Value);
            var high = match.Groups["n2"].Success ? NumberValue(match.Groups["n2"].Value) : null;
            if (low is null)
            {
                continue;
            }

            var iso = Iso(low.Value, unit.Value) + (high is { } h ? "/" + Iso(h, unit.Value) : string.Empty);
            var end = unit.Index + unit.Length;
            var relation = match.Groups["rel"] is { Success: true } rel ? CollapseSpaces(rel.Value) : null;
            durations.Add(new DurationMention(
                TextSpan.FromBounds(match.Index, end), sentence[match.Index..end], iso, Qualifier(match.Groups["q"].Value), relation));
        }

        return durations;
    }

    /// <summary>
    /// True when the sentence says nothing but a date: every letter in it belongs to a date mention (times of day,
    /// numbers and punctuation aside), like the datelines "Apr 8, 2025 05:56 329" or "(2019-01-23)".
    /// </summary>
    public static bool IsDateOnly(string sentence, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count == 0)
        {
            return false;
        }

        // The mentions are in text order and do not overlap: walk both together.
        var next = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            while (next < dates.Count && dates[next].Span.End <= i)
            {
                next++;
            }

            if (char.IsLetter(sentence[i]) && !(next < dates.Count && dates[next].Span.Contains(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first full date (day precision) in <paramref name="text"/>, ignoring context; for datelines.</summary>
    public static EdtfDate? FirstFullDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognise(text, new DateContext()).Dates
            .Select(d => d.Date)
            .FirstOrDefault(d => !d.IsRange && d.Precision == EdtfPrecision.Day);
    }

    private static (EdtfDate Date, DateBasis Basis)? Resolve(DateCandidate c, DateContext context) => c.Shape switch
    {
        DateShape.FullDate => Stated(Day(Year(c.Group("y1")), Month(c.Group("m1")), DayOfMonth(c.Group("d1"))), context, Year(c.Group("y1"))),
        DateShape.DayRange => ResolveDayRange(c, context),
        DateShape.MonthRange => ResolveMonthRange(c, context),
        DateShape.YearRange => ResolveYearRange(c, context),
        DateShape.MonthYear => Stated($"{Year(c.Group("y1")):D4}-{Month(c.Group("m1")):D2}", context, Year(c.Group("y1"))),
        DateShape.MonthDay => ResolveMonthDay(c, context),
        DateShape.Decade => ResolveDecade(c),
        DateShape.Century => ResolveCentury(c, context),
        DateShape.Year => ResolveYear(c, context),
        DateShape.Weekday => ResolveWeekday(c, context),
        _ => null,
    };

    private static (EdtfDate, DateBasis)? Stated(string edtf, DateContext context, params int[] years)
    {
        if (!EdtfDate.TryParse(edtf, out var date, out _))
        {
            return null;
        }

        foreach (var year in years)
        {
            context.Saw(year);
        }

        return (date, DateBasis.Stated);
    }

    private static (EdtfDate, DateBasis)? Inferred(string edtf, DateBasis basis) =>
        EdtfDate.TryParse(edtf, out var date, out _) ? (date, basis) : null;

    private static (EdtfDate, DateBasis)? ResolveDayRange(DateCandidate c, DateContext context)
    {
        var m1 = c.Group("m1") is { } first ? Month(first) : (int?)null;
        var m2 = c.Group("m2") is { } last ? Month(last) : (int?)null;
        var startMonth = m1 ?? m2 ?? 0;
        var endMonth = m2 ?? m1 ?? 0;
        var d1 = DayOfMonth(c.Group("d1"));
        var d2 = DayOfMonth(c.Group("d2"));
        var y1 = c.Group("y1") is { } y1Text ? Year(y1Text) : (int?)null;
        var y2 = c.Group("y2") is { } y2Text ? Year(y2Text) : (int?)null;
        var wraps = (endMonth, d2).CompareTo((startMonth, d1)) < 0;
        var basis = DateBasis.Stated;
        if (y1 is null && y2 is null)
        {
            if (InferYear(startMonth, d1, context) is not { } inferred)
            {
                return null;
            }

            (y1, basis) = (inferred.Year, inferred.Basis);
        }

        y1 ??= wraps ? y2!.Value - 1 : y2!.Value;
        y2 ??= wraps ? y1.Value + 1 : y1.Value;
        var edtf = $"{Day(y1.Value, startMonth, d1)}/{Day(y2.Value, endMonth, d2)}";
        return basis == DateBasis.Stated ? Stated(edtf, context, y1.Value, y2.Value) : Inferred(edtf, basis);
    }

    private static (EdtfDate, DateBasis)? ResolveMonthRange(DateCandidate c, DateContext context)
    {
        var m1 = Month(c.Group("m1"));
        var m2 = Month(c.Group("m2"));
        var y2 = Year(c.Group("y2"));
        var y1 = c.Group("y1") is { } y1Text ? Year(y1Text) : m1 <= m2 ? y2 : y2 - 1;
        return Stated($"{y1:D4}-{m1:D2}/{y2:D4}-{m2:D2}", context, y1, y2);
    }

    private static (EdtfDate, DateBasis)? ResolveYearRange(DateCandidate c, DateContext context)
    {
        var y1 = Year(c.Group("y1"));
        if (c.Group("y2") is { } y2Text)
        {
            return Stated($"{y1:D4}/{Year(y2Text):D4}", context, y1, Year(y2Text));
        }

        if (c.Group("y2s") is { } shortYear)
        {
            var y2 = (y1 / 100 * 100) + int.Parse(shortYear, CultureInfo.InvariantCulture);
            return y2 > y1 ? Stated($"{y1:D4}/{y2:D4}", context, y1, y2) : null;
        }

        // "1956–Present": the present is the document's date; without one, only the first year is reported.
        return context.DocumentDate is { } now && now.Year >= y1
            ? Stated($"{y1:D4}/{now.Year:D4}", context, y1)
            : null;
    }

    private static (EdtfDate, DateBasis)? ResolveMonthDay(DateCandidate c, DateContext context)
    {
        var month = Month(c.Group("m1"));
        var day = DayOfMonth(c.Group("d1"));
        return InferYear(month, day, context) is { } inferred ? Inferred(Day(inferred.Year, month, day), inferred.Basis) : null;
    }

    private static (EdtfDate, DateBasis)? ResolveDecade(DateCandidate c)
    {
        var decade = int.Parse(c.Group("dec")!, CultureInfo.InvariantCulture);
        var edtf = c.Group("q")?.ToLowerInvariant() switch
        {
            "early" => $"{decade:D4}~/{decade + 3:D4}~",
            "mid" => $"{decade + 3:D4}~/{decade + 7:D4}~",
            "late" => $"{decade + 7:D4}~/{decade + 9:D4}~",
            _ => $"{decade / 10:D3}X",
        };
        return Inferred(edtf, DateBasis.Stated);
    }

    private static (EdtfDate, DateBasis)? ResolveCentury(DateCandidate c, DateContext context)
    {
        int start;
        var basis = DateBasis.Stated;
        var which = c.Group("c")!.ToLowerInvariant();
        if (c.Group("n") is { } number)
        {
            start = (int.Parse(number, CultureInfo.InvariantCulture) - 1) * 100;
        }
        else if (which is "eighteenth" or "nineteenth" or "twentieth" or "twenty-first")
        {
            start = which switch { "eighteenth" => 1700, "nineteenth" => 1800, "twentieth" => 1900, _ => 2000 };
        }
        else
        {
            // Relative to when the document was written: its date, else the last year it stated.
            var (reference, referenceBasis) = context.DocumentDate is { } date
                ? (date.Year, DateBasis.DocumentDate)
                : context.PrecedingYear is { } year ? (year, DateBasis.PrecedingYear) : (0, DateBasis.Stated);
            if (reference == 0)
            {
                return null;
            }

            basis = referenceBasis;
            start = (reference / 100 * 100) - (which is "this" or "current" ? 0 : 100);
        }

        if (start < 100)
        {
            return null;
        }

        var edtf = c.Group("q")?.ToLowerInvariant() switch
        {
            "early" => $"{start:D4}~/{start + 30:D4}~",
            "middle" or "mid" => $"{start + 30:D4}~/{start + 70:D4}~",
            "late" => $"{start + 70:D4}~/{start + 99:D4}~",
            _ => $"{start / 100:D2}XX",
        };
        return Inferred(edtf, basis);
    }

    private static (EdtfDate, DateBasis)? ResolveYear(DateCandidate c, DateContext context)
    {
        var year = Year(c.Group("y1"));
        var edtf = c.Group("q")?.ToLowerInvariant() switch
        {
            "early" => $"{year:D4}-01~/{year:D4}-04~",
            "mid" => $"{year:D4}-05~/{year:D4}-08~",
            "late" => $"{year:D4}-09~/{year:D4}-12~",
            _ => $"{year:D4}",
        };
        return Stated(edtf, context, year);
    }

    private static (EdtfDate, DateBasis)? ResolveWeekday(DateCandidate c, DateContext context)
    {
        if (context.DocumentDate is not { Precision: EdtfPrecision.Day, IsRange: false } document)
        {
            return null;
        }

        var wanted = Enum.Parse<DayOfWeek>(c.Group("wd")!);
        var day = document.Start;
        while (day.DayOfWeek != wanted)
        {
            day = day.AddDays(-1);
        }

        return Inferred(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateBasis.DocumentDate);
    }

    private static (int Year, DateBasis Basis)? InferYear(int month, int day, DateContext context)
    {
        if (context.ParagraphYear is { } paragraphYear)
        {
            return (paragraphYear, DateBasis.ParagraphYear);
        }

        if (context.DocumentDate is { Precision: >= EdtfPrecision.Month } document)
        {
            var documentDay = document.Start;
            var later = (month, day).CompareTo((documentDay.Month, document.Precision == EdtfPrecision.Day ? documentDay.Day : 31)) > 0;
            return (documentDay.Year - (later ? 1 : 0), DateBasis.DocumentDate);
        }

        return context.PrecedingYear is { } precedingYear ? (precedingYear, DateBasis.PrecedingYear) : null;
    }

    /// <summary>Lower case with single spaces: "More  than" → "more than".</summary>
    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Day(int year, int month, int day) => $"{year:D4}-{month:D2}-{day:D2}";

    private static int Year(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);

    private static int DayOfMonth(string? text) => int.Parse(text!.TrimEnd('s', 't', 'n', 'd', 'r', 'h'), CultureInfo.InvariantCulture);

    /// <summary>Month number from a name or an ISO month ("10").</summary>
    private static int Month(string? text)
    {
        var name = text!.TrimEnd('.');
        if (char.IsDigit(name[0]))
        {
            return int.Parse(name, CultureInfo.InvariantCulture);
        }

        return name[..3] switch
        {
            "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
            "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, _ => 12,
        };
    }

    private static decimal? NumberValue(string text)
    {
        var word = CollapseSpaces(text);
        if (decimal.TryParse(word.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var parts = word.Split('-');
        var total = 0m;
        foreach (var part in parts)
        {
            if (NumberWord(part) is not { } partValue)
            {
                return null;
            }

            total += partValue;
        }

        return total;
    }

    private static int? NumberWord(string word) => word switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
        "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14, "fifteen" => 15,
        "sixteen" => 16, "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20, "thirty" => 30,
        "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
        "a hundred" or "one hundred" => 100,
        _ => null,
    };

    private static string Iso(decimal amount, string unit)
    {
        var u = unit.ToLowerInvariant();
        var (scale, designator, time) = u switch
        {
            _ when u.StartsWith("year", StringComparison.Ordinal) => (1m, 'Y', false),
            _ when u.StartsWith("month", StringComparison.Ordinal) => (1m, 'M', false),
            _ when u.StartsWith("week", StringComparison.Ordinal) => (1m, 'W', false),
            _ when u.StartsWith("day", StringComparison.Ordinal) => (1m, 'D', false),
            _ when u.StartsWith("decade", StringComparison.Ordinal) => (10m, 'Y', false),
            _ when u.StartsWith("centur", StringComparison.Ordinal) => (100m, 'Y', false),
            _ => (1m, 'H', true),
        };
        return $"P{(time ? "T" : string.Empty)}{(amount * scale).ToString("0.##", CultureInfo.InvariantCulture)}{designator}";
    }

    private static DurationQualifier Qualifier(string text) => CollapseSpaces(text) switch
    {
        "" => DurationQualifier.Exact,
        "more than" or "over" => DurationQualifier.MoreThan,
        "less than" or "fewer than" or "under" => DurationQualifier.LessThan,
        "at least" => DurationQualifier.AtLeast,
        "at most" or "up to" => DurationQualifier.AtMost,
        _ => DurationQualifier.About,
    };
}
