namespace Briefings.Layout.Elements;

/// <summary>The narrowest width an element can take without breaking a word, and the width it takes unwrapped (CSS min/max-content).</summary>
public readonly record struct ContentWidths(double Min, double Max)
{
    public static ContentWidths operator +(ContentWidths widths, double extra) => new(widths.Min + extra, widths.Max + extra);

    public ContentWidths Union(ContentWidths other) => new(Math.Max(Min, other.Min), Math.Max(Max, other.Max));
}
