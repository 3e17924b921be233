using Briefings.Core.Dates;
using FsCheck.Xunit;
using Xunit;

namespace Briefings.Core.Tests.Dates;

[Properties(Arbitrary = [typeof(EdtfArbitraries)], MaxTest = 300)]
public sealed class EdtfDatePropertyTests
{
    [Property]
    public void Text_round_trips(EdtfDate date) =>
        Assert.Equal(date, EdtfDate.Parse(date.ToString()));

    [Property]
    public void Formatting_never_throws_and_never_is_empty(EdtfDate date) =>
        Assert.False(string.IsNullOrWhiteSpace(date.Format()));

    [Property]
    public void Bounds_are_ordered_and_cover_the_year(EdtfDate date)
    {
        Assert.True(date.Start <= date.End);
        Assert.Equal(date.Start.Year, date.Year);
    }

    [Property]
    public void Ordering_is_consistent_with_start(EdtfDate a, EdtfDate b)
    {
        if (a.Start < b.Start)
        {
            Assert.True(a.CompareTo(b) < 0);
        }
    }

    [Property]
    public void Ordering_is_antisymmetric_and_agrees_with_equality(EdtfDate a, EdtfDate b)
    {
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
        Assert.Equal(0, a.CompareTo(a));
    }

    [Property]
    public void Ordering_is_transitive(EdtfDate a, EdtfDate b, EdtfDate c)
    {
        var sorted = new[] { a, b, c }.Order().ToArray();
        Assert.True(sorted[0].CompareTo(sorted[1]) <= 0 && sorted[1].CompareTo(sorted[2]) <= 0);
        Assert.True(sorted[0].CompareTo(sorted[2]) <= 0);
    }
}
