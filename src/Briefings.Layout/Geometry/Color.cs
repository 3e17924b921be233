using System.Globalization;

namespace Briefings.Layout.Geometry;

/// <summary>An opaque sRGB colour.</summary>
public readonly record struct Color(byte Red, byte Green, byte Blue)
{
    public static Color Black { get; } = new(0, 0, 0);

    public static Color White { get; } = new(255, 255, 255);

    /// <summary>Reads <c>#RRGGBB</c>, the way the theme writes colours.</summary>
    public static Color Parse(string text)
    {
        if (text.Length != 7 || text[0] != '#'
            || !int.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{text}' is not a colour written #RRGGBB");
        }

        return new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public override string ToString() => $"#{Red:X2}{Green:X2}{Blue:X2}";
}
