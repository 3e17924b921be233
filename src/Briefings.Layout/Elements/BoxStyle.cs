using Briefings.Layout.Geometry;

namespace Briefings.Layout.Elements;

/// <summary>
/// The look of a box: padding, an optional background and border, and an optional bar down the left edge
/// (callouts and block quotes).
/// </summary>
public sealed record BoxStyle(Thickness Padding)
{
    public Color? Background { get; init; }

    public Color? BorderColor { get; init; }

    public double BorderWidth { get; init; } = 0.75;

    public Color? LeftBarColor { get; init; }

    public double LeftBarWidth { get; init; } = 2.5;
}
