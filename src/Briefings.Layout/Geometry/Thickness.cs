namespace Briefings.Layout.Geometry;

/// <summary>Space on each side of a box, in points.</summary>
public readonly record struct Thickness(double Left, double Top, double Right, double Bottom)
{
    public static Thickness All(double value) => new(value, value, value, value);

    public double Horizontal => Left + Right;

    public double Vertical => Top + Bottom;
}
