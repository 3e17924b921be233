namespace Briefings.Layout.Text;

/// <summary>A fragment at its horizontal position on a line (from the line's left edge).</summary>
internal readonly record struct PlacedFragment(double X, TextFragment Fragment);
