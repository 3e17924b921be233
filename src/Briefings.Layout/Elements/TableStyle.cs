using Briefings.Layout.Geometry;

namespace Briefings.Layout.Elements;

public sealed record TableStyle(Thickness CellPadding, Color BorderColor, double BorderWidth = 0.5)
{
    public Color? HeaderBackground { get; init; }

    /// <summary>Background of every second body row, for reading across wide tables.</summary>
    public Color? ZebraBackground { get; init; }
}
