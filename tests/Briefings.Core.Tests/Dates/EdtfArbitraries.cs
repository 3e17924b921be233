using Briefings.Core.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace Briefings.Core.Tests.Dates;

/// <summary>Random valid EDTF dates of every supported shape, built as text and parsed.</summary>
public static class EdtfArbitraries
{
    public static Arbitrary<EdtfDate> Dates() => DateGen.ToArbitrary();

    private static readonly Gen<string> Qualifier = Gen.Elements("", "", "", "~", "?", "%");

    private static readonly Gen<EdtfDate> PointGen =
        from precision in Gen.Choose(0, 4)
        from year in Gen.Choose(1, 9999)
        from month in Gen.Choose(1, 12)
        from dayFraction in Gen.Choose(1, 31)
        from qualifier in Qualifier
        let day = Math.Min(dayFraction, DateTime.DaysInMonth(year, month))
        let text = precision switch
        {
            0 => $"{Math.Max(1, year / 100):D2}XX",
            1 => $"{Math.Max(1, year / 10):D3}X",
            2 => $"{year:D4}",
            3 => $"{year:D4}-{month:D2}",
            _ => $"{year:D4}-{month:D2}-{day:D2}",
        }
        select EdtfDate.Parse(text + qualifier);

    private static readonly Gen<EdtfDate> DateGen = Gen.OneOf(
        PointGen,
        from first in PointGen
        from second in PointGen
        let ordered = first.Start <= second.Start ? (From: first, To: second) : (From: second, To: first)
        select ordered.To.End >= ordered.From.Start ? EdtfDate.Parse($"{ordered.From}/{ordered.To}") : ordered.From);
}
