using Briefings.Core.Dates;
using Briefings.Core.Extraction.Mentions;
using Xunit;

namespace Briefings.Core.Tests.Extraction;

public sealed class DateRecognizerTests
{
    /// <summary>"text=edtf" pairs joined by '|', in text order.</summary>
    private static string Dates(string sentence, DateContext? context = null) =>
        string.Join('|', DateRecognizer.Recognise(sentence, context ?? new DateContext()).Dates.Select(d => $"{d.Text}={d.Date}"));

    private static string Durations(string sentence) =>
        string.Join('|', DateRecognizer.Durations(sentence).Select(d => $"{d.Text}={d.Iso8601}"));

    [Theory]
    [InlineData("He stressed the Joint Declaration signed on October 19, 1956 to be the basic document.", "October 19, 1956=1956-10-19")]
    [InlineData("TOKYO (UrduPoint News / Sputnik - 18th October, 2021) The government believes", "18th October, 2021=2021-10-18")]
    [InlineData("Apr 8, 2025 05:56 329", "Apr 8, 2025=2025-04-08")]
    [InlineData("In the Japan-Soviet Joint Declaration of October 1956, the two countries agreed.", "October 1956=1956-10")]
    [InlineData("In April of 1991, the year when the Soviet Union collapsed.", "April of 1991=1991-04")]
    [InlineData("In 1956, the Soviet Union and Japan signed a joint declaration.", "1956=1956")]
    [InlineData("Russia also points to the 1956 declaration as the maximum concession.", "1956=1956")]
    [InlineData("(2019-01-23)", "2019-01-23=2019-01-23")]
    [InlineData("On Tuesday, April 8, 2025 the Blue Book appeared.", "Tuesday, April 8, 2025=2025-04-08")]
    [InlineData("The treaty was signed on 19 October 1956.", "19 October 1956=1956-10-19")]
    [InlineData("They met in Krasnojarsk (November 1997), Kawana (April 1998), and Moscow (November 1998).", "November 1997=1997-11|April 1998=1998-04|November 1998=1998-11")]
    public void Stated_dates_are_normalised_to_edtf(string sentence, string expected)
    {
        Assert.Equal(expected, Dates(sentence));
    }

    [Theory]
    [InlineData("The occupation lasted from 1945 to 1947.", "from 1945 to 1947=1945/1947")]
    [InlineData("The occupation lasted 1945–1951 in all.", "1945–1951=1945/1951")]
    [InlineData("Negotiations under the Yeltsin Government (1992-2000)", "1992-2000=1992/2000")]
    [InlineData("It happened between 1945 and 1947.", "between 1945 and 1947=1945/1947")]
    [InlineData("The years 1945-51 were hard.", "1945-51=1945/1951")]
    [InlineData("The talks ran August–September 1945.", "August–September 1945=1945-08/1945-09")]
    [InlineData("They met from October 1956 to December 1991.", "from October 1956 to December 1991=1956-10/1991-12")]
    [InlineData("The summit ran 19–20 October 1956.", "19–20 October 1956=1956-10-19/1956-10-20")]
    [InlineData("It was occupied August 28 – September 5, 1945.", "August 28 – September 5, 1945=1945-08-28/1945-09-05")]
    public void Ranges_become_edtf_intervals(string sentence, string expected)
    {
        Assert.Equal(expected, Dates(sentence));
    }

    [Fact]
    public void A_range_without_years_takes_the_paragraph_year()
    {
        var context = new DateContext(EdtfDate.Parse("2019-01-23"));
        Dates("The Soviet Union signed the Declaration on August 8, 1945.", context);

        var dates = DateRecognizer.Recognise("It occupied the islands between August 28 and September 5.", context).Dates;

        var range = Assert.Single(dates);
        Assert.Equal("between August 28 and September 5", range.Text);
        Assert.Equal("1945-08-28/1945-09-05", range.Date.ToString());
        Assert.Equal(DateBasis.ParagraphYear, range.Basis);
    }

    [Fact]
    public void A_month_and_day_take_the_year_of_the_paragraph_before_the_document_date()
    {
        var context = new DateContext(EdtfDate.Parse("2019-01-23"));
        Dates("The Soviet Union signed the Declaration on August 8, 1945.", context);

        var mention = Assert.Single(DateRecognizer.Recognise("It started attacking Manchuria on August 9.", context).Dates);

        Assert.Equal(("August 9", "1945-08-09", DateBasis.ParagraphYear), (mention.Text, mention.Date.ToString(), mention.Basis));
    }

    [Theory]
    [InlineData("A summit meeting took place on January 22.", "2019-01-22")]
    [InlineData("A summit meeting took place on 22 January.", "2019-01-22")]
    [InlineData("The talks had begun on March 3.", "2018-03-03")]
    public void In_a_new_paragraph_a_month_and_day_take_the_latest_year_not_after_the_document_date(string sentence, string expected)
    {
        var context = new DateContext(EdtfDate.Parse("2019-01-23")) { PrecedingYear = 1945 };
        context.BeginParagraph();

        var mention = Assert.Single(DateRecognizer.Recognise(sentence, context).Dates);

        Assert.Equal(expected, mention.Date.ToString());
        Assert.Equal(DateBasis.DocumentDate, mention.Basis);
    }

    [Fact]
    public void Without_a_document_date_a_month_and_day_take_the_last_year_stated_anywhere_before()
    {
        var context = new DateContext();
        Dates("The war ended in 1945.", context);
        context.BeginParagraph();

        var mention = Assert.Single(DateRecognizer.Recognise("The islands were taken on September 5.", context).Dates);

        Assert.Equal(("1945-09-05", DateBasis.PrecedingYear), (mention.Date.ToString(), mention.Basis));
    }

    [Fact]
    public void Without_any_year_to_go_by_a_month_and_day_are_not_a_date()
    {
        Assert.Equal(string.Empty, Dates("The summit took place on January 22."));
    }

    [Theory]
    [InlineData("published on Tuesday.", "2025-04-08")]
    [InlineData("Matsuno said on Monday.", "2025-04-07")]
    [InlineData("It was decided on Sunday.", "2025-04-06")]
    public void A_weekday_is_the_latest_such_day_on_or_before_the_document_date(string sentence, string expected)
    {
        var mention = Assert.Single(DateRecognizer.Recognise(sentence, new DateContext(EdtfDate.Parse("2025-04-08"))).Dates);

        Assert.Equal(expected, mention.Date.ToString());
    }

    [Theory]
    [InlineData("growth since the mid-2000s, as seen", "mid-2000s=2003~/2007~")]
    [InlineData("In the 2010s and 2020s, talks have continued.", "2010s=201X|2020s=202X")]
    [InlineData("In the early 1990s it changed.", "early 1990s=1990~/1993~")]
    [InlineData("By the late 1980s it changed.", "late 1980s=1987~/1989~")]
    [InlineData("It was the 20th century.", "20th century=19XX")]
    [InlineData("Since the mid-20th century.", "mid-20th century=1930~/1970~")]
    [InlineData("In mid-1956 the talks resumed.", "mid-1956=1956-05~/1956-08~")]
    public void Decades_centuries_and_vague_periods_are_approximate(string sentence, string expected)
    {
        Assert.Equal(expected, Dates(sentence));
    }

    [Fact]
    public void The_last_century_counts_back_from_the_document_date()
    {
        var context = new DateContext(EdtfDate.Parse("2025-04-08"));

        var mention = Assert.Single(DateRecognizer.Recognise("Moscow and Tokyo have been negotiating since the middle of the last century with the aim.", context).Dates);

        Assert.Equal(("middle of the last century", "1930~/1970~", DateBasis.DocumentDate), (mention.Text, mention.Date.ToString(), mention.Basis));
        Assert.Equal("last century=19XX", Dates("in the last century", new DateContext(EdtfDate.Parse("2025-04-08"))));
    }

    [Fact]
    public void Present_as_a_range_end_is_the_document_date_or_else_left_out()
    {
        Assert.Equal("1956–Present=1956/2025", Dates("Relations (1956–Present)", new DateContext(EdtfDate.Parse("2025-04-08"))));
        Assert.Equal("1956=1956", Dates("Relations (1956–Present)"));
    }

    [Theory]
    [InlineData("even after about 80 years have passed since the end of World War II", "about 80 years=P80Y")]
    [InlineData("between Japan and Russia 67 years after the end of World War II", "67 years=P67Y")]
    [InlineData("a peace treaty more than 70 years after the war ended", "more than 70 years=P70Y")]
    [InlineData("In view of the fact that 65 years have passed since the signing", "65 years=P65Y")]
    [InlineData("within 2-3 months after Germany's defeat", "2-3 months=P2M/P3M")]
    [InlineData("the two leaders have met in three straight months", "three straight months=P3M")]
    [InlineData("over two decades", "over two decades=P20Y")]
    [InlineData("a 2-day visit", "2-day=P2D")]
    public void Relative_phrases_are_durations_never_dates(string sentence, string expected)
    {
        Assert.Equal(expected, Durations(sentence));
        Assert.Equal(string.Empty, Dates(sentence));
    }

    [Fact]
    public void Durations_carry_their_qualifier_and_relation()
    {
        var about = Assert.Single(DateRecognizer.Durations("about 80 years have passed"));
        var more = Assert.Single(DateRecognizer.Durations("more than 70 years after the war"));

        Assert.Equal((DurationQualifier.About, "have passed"), (about.Qualifier, about.Relation));
        Assert.Equal((DurationQualifier.MoreThan, "after"), (more.Qualifier, more.Relation));
    }

    [Theory]
    [InlineData("Apr 8, 2025 05:56 329 views")]
    [InlineData("the return of the 4 islands")]
    [InlineData("about 10 thousand residents of Iturup")]
    [InlineData("see page 1956 of the report")]
    [InlineData("as listed under No. 1956")]
    [InlineData("after World War 2, is undisputed")]
    [InlineData("Japan, a G7 member")]
    [InlineData("a force of 1500 troops landed")]
    [InlineData("a ratio of 3.1956 was found")]
    [InlineData("(1) Four-Island Exchange Program")]
    [InlineData("negotiations: 1) Japan sharing, 2) the transfer")]
    [InlineData("may march on May day")]
    public void Numbers_that_are_not_years_are_not_dates(string sentence)
    {
        var dates = DateRecognizer.Recognise(sentence, new DateContext()).Dates;

        Assert.DoesNotContain(dates, d => d.Text is "329" or "4" or "10" or "1956" or "2" or "7" or "1500" or "1" or "May");
        Assert.True(dates.Count <= 1, string.Join(", ", dates.Select(d => d.Text)));
    }

    [Fact]
    public void Spans_locate_each_mention_in_its_sentence()
    {
        const string sentence = "Putin asserted in June 2017 that, after the Summit in November 2018, nothing changed.";

        var dates = DateRecognizer.Recognise(sentence, new DateContext()).Dates;

        Assert.Equal(["June 2017", "November 2018"], dates.Select(d => sentence.Substring(d.Span.Start, d.Span.Length)));
        Assert.Equal([18, sentence.IndexOf("November", StringComparison.Ordinal)], dates.Select(d => d.Span.Start));
    }

    [Fact]
    public void A_sentence_of_nothing_but_a_date_is_a_dateline()
    {
        var dateline = DateRecognizer.Recognise("Apr 8, 2025 05:56 329", new DateContext()).Dates;
        var statement = DateRecognizer.Recognise("In 1956, they signed.", new DateContext()).Dates;

        Assert.True(DateRecognizer.IsDateOnly("Apr 8, 2025 05:56 329", dateline));
        Assert.True(DateRecognizer.IsDateOnly("(2019-01-23)", DateRecognizer.Recognise("(2019-01-23)", new DateContext()).Dates));
        Assert.False(DateRecognizer.IsDateOnly("In 1956, they signed.", statement));
    }
}
