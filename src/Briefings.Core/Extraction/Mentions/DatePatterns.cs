using System.Text.RegularExpressions;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>
/// The date and duration expressions the recognisers look for, compiled at build time. Month and weekday names must
/// be capitalised, as English writes them ("may" and "march" are verbs). Group names: <c>m1 d1 y1</c> for the first
/// (or only) date, <c>m2 d2 y2</c> for the end of a range, <c>q</c> for early/mid/late, <c>wd</c> for a weekday.
/// </summary>
internal static partial class DatePatterns
{
    private const string Month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December"
        + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?";

    private const string Day = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])";

    private const string Year = "(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9])";

    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private const string RangeJoint = @"\s*(?:[-–—]|\s(?:to|until|till|through)\s|(?(b)\s+and\s+|(?!)))\s*";

    /// <summary>Words after a number that make it a count or a measure, not a year ("1500 troops").</summary>
    private const string Units =
        "years?|yrs?|months?|weeks?|days?|hours?|decades?|centuries|people|persons|residents|citizens|inhabitants"
        + "|soldiers|troops|km|kilometers|kilometres|miles|meters|metres|square|tons|tonnes|yen|dollars|rubles|roubles"
        + "|euros|islands|votes|copies|pages|thousand|million|billion|hectares|kg|feet|percent";

    private const string NotAYearBefore = @"(?<![\w$£€#]|[0-9][.,])(?<!(?:[Pp]ages?|p\.|pp\.|No\.|no\.|Nos\.|[Nn]umber|Nr\.)\s?)";

    private const string NotAYearAfter = $@"(?![.,][0-9]|%|'?s\b|\s*(?:{Units})\b)";

    private const string Number =
        "(?:[0-9]+(?:[.,][0-9]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
        + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        + "|(?:a|one)\\s+hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";

    /// <summary>"October 19, 1956", "Apr 8, 2025", "Tuesday, April 8, 2025".</summary>
    [GeneratedRegex($@"\b(?:(?<wd>{Weekday}),?\s+)?(?<m1>{Month})\s+(?<d1>{Day}),?\s+(?<y1>{Year})")]
    public static partial Regex MonthDayYear();

    /// <summary>"18th October, 2021", "19 October 1956", "the 8th of April 2025".</summary>
    [GeneratedRegex($@"\b(?:(?<wd>{Weekday}),?\s+)?(?<d1>{Day})(?:\s+of)?\s+(?<m1>{Month}),?\s+(?<y1>{Year})")]
    public static partial Regex DayMonthYear();

    /// <summary>"2019-01-23".</summary>
    [GeneratedRegex(@"\b(?<y1>[0-9]{4})-(?<m1>0[1-9]|1[0-2])-(?<d1>0[1-9]|[12][0-9]|3[01])\b")]
    public static partial Regex IsoDate();

    /// <summary>"between August 28 and September 5", "from May 1 to 3, 1990", "August 28–September 5, 1945".</summary>
    [GeneratedRegex($@"\b(?:(?<b>between|from)\s+)?(?<m1>{Month})\s+(?<d1>{Day})(?:,?\s+(?<y1>{Year}))?{RangeJoint}(?:(?<m2>{Month})\s+)?(?<d2>{Day})(?:,?\s+(?<y2>{Year}))?")]
    public static partial Regex MonthDayRange();

    /// <summary>"19–20 October 1956", "28 August – 5 September 1945".</summary>
    [GeneratedRegex($@"\b(?:(?<b>between|from)\s+)?(?<d1>{Day})(?:\s+(?<m1>{Month}))?{RangeJoint}(?<d2>{Day})\s+(?<m2>{Month}),?(?:\s+(?<y2>{Year}))?")]
    public static partial Regex DayMonthRange();

    /// <summary>"August–September 1945", "from October 1956 to December 1991", "between February and May 1946".</summary>
    [GeneratedRegex($@"\b(?:(?<b>between|from)\s+)?(?<m1>{Month})(?:\s+(?:of\s+)?(?<y1>{Year}))?{RangeJoint}(?<m2>{Month}),?\s+(?:of\s+)?(?<y2>{Year})")]
    public static partial Regex MonthRange();

    /// <summary>"1945–1951", "(1992-2000)", "1945-51", "from 1945 to 1947", "between 1945 and 1947", "1956–Present".</summary>
    [GeneratedRegex($@"{NotAYearBefore}(?:(?<b>between|from)\s+)?(?<y1>{Year}){RangeJoint}(?:(?<y2>{Year})|(?<y2s>[0-9]{{2}})(?![0-9])|(?<present>[Pp]resent|[Nn]ow|[Tt]oday)\b){NotAYearAfter}")]
    public static partial Regex YearRange();

    /// <summary>"October 1956", "April of 1991".</summary>
    [GeneratedRegex($@"\b(?<m1>{Month}),?\s+(?:of\s+)?(?<y1>{Year})")]
    public static partial Regex MonthYear();

    /// <summary>"January 22", "August 9" (no year: inferred).</summary>
    [GeneratedRegex($@"\b(?<m1>{Month})\s+(?<d1>{Day})(?!\s*:|[.,][0-9])")]
    public static partial Regex MonthDay();

    /// <summary>"22 January" (no year: inferred).</summary>
    [GeneratedRegex($@"\b(?<d1>{Day})\s+(?:of\s+)?(?<m1>{Month})")]
    public static partial Regex DayMonth();

    /// <summary>"the 2010s", "mid-2000s", "late 1990's".</summary>
    [GeneratedRegex(@"\b(?:(?<q>[Ee]arly|[Mm]id|[Ll]ate)[- ]?)?(?<dec>(?:1[0-9]|20|21)[0-9]0)'?s\b")]
    public static partial Regex Decade();

    /// <summary>"the middle of the last century", "the 20th century", "mid-20th century", "the last century".</summary>
    [GeneratedRegex(@"\b(?:(?<q>early|middle|mid|late)(?:-|\s+of\s+the\s+|\s+))?(?<c>last|previous|past|this|current|(?<n>[12]?[0-9])(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b", RegexOptions.IgnoreCase)]
    public static partial Regex Century();

    /// <summary>"in 1956", "the 1956 declaration", "mid-1956"; not "1500 troops", "page 1956", "3.1956", "1990s".</summary>
    [GeneratedRegex($@"{NotAYearBefore}(?:(?<q>[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?<y1>{Year}){NotAYearAfter}")]
    public static partial Regex BareYear();

    /// <summary>"on Monday": resolved against the document's date.</summary>
    [GeneratedRegex($@"\b(?<wd>{Weekday})\b")]
    public static partial Regex WeekdayName();

    /// <summary>A time of day, which a dateline may carry ("05:56").</summary>
    [GeneratedRegex(@"\b[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\b")]
    public static partial Regex TimeOfDay();

    /// <summary>
    /// A news dateline opening a paragraph: "TOKYO (UrduPoint News / Sputnik - 18th October, 2021)". The date is the
    /// part after the last dash inside the brackets.
    /// </summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .,'-]*\s*\([^()]*?\s[-–—]\s*(?<date>[^()]+)\)")]
    public static partial Regex NewsDateline();

    /// <summary>"about 80 years", "67 years", "more than 70 years", "within 2-3 months", "three straight months".</summary>
    [GeneratedRegex($@"\b(?:(?<q>about|around|approximately|roughly|nearly|almost|some|over|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|under)\s+)?(?<n>{Number})(?:\s*[-–]\s*(?<n2>{Number}))?(?:\s+(?:straight|consecutive|full|whole|long))?[\s-]+(?<u>years?|months?|weeks?|days?|decades?|centuries|century|hours?)\b(?:\s+(?<rel>after|ago|later|earlier|before|since|have\s+passed|has\s+passed))?", RegexOptions.IgnoreCase)]
    public static partial Regex Duration();
}
