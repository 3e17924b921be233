using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

/// <summary>One call made on a <see cref="RecordingCanvas"/>.</summary>
public abstract record RecordedOperation;

/// <param name="Baseline">The y of the baseline; the text's top is roughly Baseline - Size.</param>
public sealed record TextDrawn(string Text, string Font, double X, double Baseline, double Size, double Width, Color Color) : RecordedOperation;

public sealed record RectangleFilled(Rect Rect, Color Color) : RecordedOperation;

public sealed record RectangleStroked(Rect Rect, Color Color, double LineWidth) : RecordedOperation;

public sealed record LineDrawn(double X1, double Y1, double X2, double Y2, Color Color, double LineWidth) : RecordedOperation;

/// <param name="X1">The centre of the first dot.</param>
public sealed record DotsDrawn(double X1, double X2, double Y, double Pitch, double Diameter, Color Color) : RecordedOperation
{
    public int Count => X2 < X1 ? 0 : (int)Math.Floor(((X2 - X1) / Pitch) + 1e-9) + 1;
}

public sealed record UriLinked(Rect Area, string Uri) : RecordedOperation;

public sealed record DestinationLinked(Rect Area, string Name) : RecordedOperation;

public sealed record DestinationDefined(string Name, double X, double Y) : RecordedOperation;
