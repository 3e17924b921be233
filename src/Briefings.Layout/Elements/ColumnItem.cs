namespace Briefings.Layout.Elements;

/// <summary>
/// A block in a column with its spacing. The gap between two blocks is the larger of the first's
/// <see cref="SpaceAfter"/> and the second's <see cref="SpaceBefore"/>; there is no gap at the top of a page.
/// <see cref="KeepWithNext"/> (headings) moves the block to the next page rather than leave it last on this one.
/// </summary>
public sealed record ColumnItem(Element Element, double SpaceBefore = 0, double SpaceAfter = 0, bool KeepWithNext = false);
