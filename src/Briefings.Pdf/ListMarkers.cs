using System.Globalization;
using System.Text;

namespace Briefings.Pdf;

/// <summary>List markers by nesting level: bullets •, –, ◦; numbers 1., a., i.; then again.</summary>
public static class ListMarkers
{
    private static readonly string[] Bullets = ["\u2022", "\u2013", "\u25E6"];

    public static string Bullet(int depth) => Bullets[depth % Bullets.Length];

    public static string Ordered(int number, int depth) => (depth % 3) switch
    {
        0 => number.ToString(CultureInfo.InvariantCulture),
        1 => Letters(number),
        _ => Roman(number),
    } + ".";

    private static string Letters(int number)
    {
        if (number < 1)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var builder = new StringBuilder();
        for (var value = number; value > 0; value = (value - 1) / 26)
        {
            builder.Insert(0, (char)('a' + ((value - 1) % 26)));
        }

        return builder.ToString();
    }

    private static string Roman(int number)
    {
        if (number is < 1 or > 3999)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Symbol)[] numerals =
            [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var builder = new StringBuilder();
        var rest = number;
        foreach (var (value, symbol) in numerals)
        {
            for (; rest >= value; rest -= value)
            {
                builder.Append(symbol);
            }
        }

        return builder.ToString();
    }
}
