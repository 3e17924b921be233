namespace Briefings.Layout.Text;

/// <summary>One set line: fragments placed left to right, its height and baseline, and the links and footnotes on it.</summary>
internal sealed class ParagraphLine(
    IReadOnlyList<PlacedFragment> fragments,
    double width,
    double height,
    double baseline,
    IReadOnlyList<LinkArea> links,
    IReadOnlyList<string> footnotes)
{
    public IReadOnlyList<PlacedFragment> Fragments { get; } = fragments;

    /// <summary>The width of the set material (ink extent), never more than the frame.</summary>
    public double Width { get; } = width;

    public double Height { get; } = height;

    /// <summary>Distance from the top of the line to its baseline.</summary>
    public double Baseline { get; } = baseline;

    public IReadOnlyList<LinkArea> Links { get; } = links;

    public IReadOnlyList<string> Footnotes { get; } = footnotes;

    /// <summary>Extra indent from the alignment (centred or right-aligned text).</summary>
    public double Indent { get; init; }
}
