namespace Briefings.Layout.Geometry;

/// <summary>A width and height in points.</summary>
public readonly record struct Size(double Width, double Height);
