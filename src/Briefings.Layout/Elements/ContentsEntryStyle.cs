using Briefings.Layout.Geometry;
using Briefings.Layout.Text;

namespace Briefings.Layout.Elements;

/// <summary>How one line of a table of contents is set.</summary>
/// <param name="Number">The style of the page number.</param>
/// <param name="Indent">Left indent of the title (deeper levels are indented more).</param>
/// <param name="NumberWidth">Room kept at the right for the page number: the title never runs into it.</param>
public sealed record ContentsEntryStyle(TextStyle Number, double Indent, double NumberWidth)
{
    public Color LeaderColor { get; init; } = Color.Black;

    /// <summary>Distance between leader dots; dots sit on a grid of this pitch, so the leaders of all lines align.</summary>
    public double LeaderPitch { get; init; } = 4.5;

    public double LeaderDiameter { get; init; } = 0.9;

    /// <summary>Clear space between the title and the first dot, and between the last dot and the number.</summary>
    public double LeaderGap { get; init; } = 3;
}
