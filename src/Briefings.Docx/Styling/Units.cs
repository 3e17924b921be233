using System.Globalization;

namespace Briefings.Docx.Styling;

/// <summary>Converts the theme's points and colours into the units WordprocessingML spells them in.</summary>
internal static class Units
{
    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    public static string TwipsText(double points) => Twips(points).ToString(CultureInfo.InvariantCulture);

    /// <summary>Font sizes (<c>w:sz</c>) are in half-points.</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Border widths (<c>w:sz</c> of a border) are in eighths of a point.</summary>
    public static uint Eighths(double points) => (uint)Math.Round(points * 8, MidpointRounding.AwayFromZero);

    /// <summary>Auto line spacing (<c>w:line</c> with lineRule auto) is in 240ths of a line.</summary>
    public static string LineMultiple(double multiple) =>
        ((int)Math.Round(multiple * 240, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Theme colours are <c>#RRGGBB</c>; WordprocessingML wants <c>RRGGBB</c>.</summary>
    public static string Color(string themeColor) => themeColor.TrimStart('#');
}
