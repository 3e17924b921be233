using Briefings.Core.Dates;
using Xunit;

namespace Briefings.Core.Tests.Dates;

public sealed class EdtfDateTests
{
    [Theory]
    [InlineData("1956-10-19", "19 October 1956")]
    [InlineData("1956-10", "October 1956")]
    [InlineData("1956", "1956")]
    [InlineData("195X", "1950s")]
    [InlineData("19XX", "1900s")]
    [InlineData("2003~", "c. 2003")]
    [InlineData("2023?", "2023?")]
    [InlineData("2000%", "c. 2000?")]
    [InlineData("200X~", "c. 2000s")]
    [InlineData("1956-10-19~", "c. 19 October 1956")]
    [InlineData("1945-08-28/1945-09-05", "28 August – 5 September 1945")]
    [InlineData("1956-10-19/1956-10-20", "19–20 October 1956")]
    [InlineData("1945-12-28/1946-01-05", "28 December 1945 – 5 January 1946")]
    [InlineData("1945-08/1945-09", "August–September 1945")]
    [InlineData("1945-12/1946-01", "December 1945 – January 1946")]
    [InlineData("1945/1956", "1945–1956")]
    [InlineData("1950/1956-10", "1950 – October 1956")]
    [InlineData("2003~/2005", "c. 2003 – 2005")]
    public void Formats_for_people(string edtf, string expected)
    {
        var date = EdtfDate.Parse(edtf);

        Assert.Equal(expected, date.Format());
        Assert.Equal(edtf, date.ToString());
    }

    [Theory]
    [InlineData("1956-10-19", EdtfPrecision.Day, "1956-10-19", "1956-10-19")]
    [InlineData("1956-10", EdtfPrecision.Month, "1956-10-01", "1956-10-31")]
    [InlineData("1956-02", EdtfPrecision.Month, "1956-02-01", "1956-02-29")]
    [InlineData("1956", EdtfPrecision.Year, "1956-01-01", "1956-12-31")]
    [InlineData("195X", EdtfPrecision.Decade, "1950-01-01", "1959-12-31")]
    [InlineData("19XX", EdtfPrecision.Century, "1900-01-01", "1999-12-31")]
    [InlineData("1945-08-28/1945-09", EdtfPrecision.Month, "1945-08-28", "1945-09-30")]
    public void Knows_its_bounds_and_precision(string edtf, EdtfPrecision precision, string start, string end)
    {
        var date = EdtfDate.Parse(edtf);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
        Assert.Equal(DateOnly.Parse(start).Year, date.Year);
    }

    [Fact]
    public void Reports_its_qualifiers_and_whether_it_is_a_range()
    {
        Assert.True(EdtfDate.Parse("2003~").IsApproximate);
        Assert.False(EdtfDate.Parse("2003~").IsUncertain);
        Assert.True(EdtfDate.Parse("2023?").IsUncertain);
        Assert.True(EdtfDate.Parse("2023%").IsUncertain);
        Assert.True(EdtfDate.Parse("2023%").IsApproximate);
        Assert.True(EdtfDate.Parse("1945/1950?").IsUncertain);
        Assert.True(EdtfDate.Parse("1945/1950").IsRange);
        Assert.False(EdtfDate.Parse("1945").IsRange);
    }

    [Theory]
    [InlineData("2023-02-30", "February 2023 has 28 days")]
    [InlineData("2023-02-29", "February 2023 has 28 days")]
    [InlineData("1956-13", "month 13 does not exist")]
    [InlineData("1956-00", "month 0 does not exist")]
    [InlineData("1956-04-31", "April 1956 has 30 days")]
    [InlineData("1956-10-32", "day 32 does not exist")]
    [InlineData("0000", "years before 0001")]
    [InlineData("56", "must look like YYYY")]
    [InlineData("1956-1-5", "must be two digits")]
    [InlineData("October 1956", "must look like YYYY")]
    [InlineData("1956/1955", "ends (1955) before it starts (1956)")]
    [InlineData("1956/..", "open or unknown range ends are not supported")]
    [InlineData("1956/1957/1958", "exactly one '/'")]
    [InlineData("19X6", "must be four digits")]
    [InlineData("1XXX", "at most the last two year digits")]
    [InlineData("195X-10", "cannot have a month")]
    [InlineData("2001-21", "seasons")]
    [InlineData("1985-04-XX", "unspecified day")]
    [InlineData("", "empty")]
    [InlineData(" 1956", "must look like YYYY")]
    public void Rejects_impossible_or_unsupported_dates_with_a_reason(string edtf, string reason)
    {
        Assert.False(EdtfDate.TryParse(edtf, out var date, out var error));
        Assert.Null(date);
        Assert.Contains(reason, error, StringComparison.Ordinal);

        var exception = Assert.Throws<FormatException>(() => EdtfDate.Parse(edtf));
        Assert.Equal(error, exception.Message);
    }

    [Fact]
    public void Accepts_the_leap_day_of_a_leap_year()
    {
        Assert.Equal("29 February 1956", EdtfDate.Parse("1956-02-29").Format());
        Assert.Equal("29 February 2000", EdtfDate.Parse("2000-02-29").Format());
    }

    [Fact]
    public void Orders_by_start_then_wider_first_then_exact_before_qualified()
    {
        string[] expected = ["1950s", "1956", "c. 1956", "October 1956", "19–20 October 1956", "19 October 1956", "1957"];
        string[] shuffled = ["1957", "1956-10-19", "1956~", "1956-10", "195X", "1956-10-19/1956-10-20", "1956"];

        var sorted = shuffled.Select(EdtfDate.Parse).Order().Select(d => d.Format());

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Equal_texts_are_equal_dates()
    {
        Assert.Equal(EdtfDate.Parse("1956-10-19"), EdtfDate.Parse("1956-10-19"));
        Assert.NotEqual(EdtfDate.Parse("1956"), EdtfDate.Parse("1956~"));
        Assert.NotEqual(EdtfDate.Parse("1956"), EdtfDate.Parse("1956/1956"));
        Assert.True(EdtfDate.Parse("1956") < EdtfDate.Parse("1956-01-01"));
        Assert.True(EdtfDate.Parse("1957") >= EdtfDate.Parse("1956-12-31"));
    }
}
