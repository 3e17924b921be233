namespace Briefings.Layout.Elements;

/// <summary>
/// The answer to <see cref="Element.Measure"/>: the kind, the height the element would use, and the footnotes
/// referenced by the part that fits (they must go to the foot of the same page).
/// </summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, double Height, string? Reason = null, IReadOnlyList<string>? Footnotes = null)
{
    public static SpacePlan Empty { get; } = new(SpacePlanKind.Empty, 0);

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, reason);

    public static SpacePlan Partial(double height, IReadOnlyList<string>? footnotes = null) => new(SpacePlanKind.Partial, height, null, footnotes);

    public static SpacePlan Full(double height, IReadOnlyList<string>? footnotes = null) => new(SpacePlanKind.Full, height, null, footnotes);

    /// <summary>Full or empty: nothing is left for the next page.</summary>
    public bool IsComplete => Kind is SpacePlanKind.Full or SpacePlanKind.Empty;

    public bool Fits => Kind != SpacePlanKind.Wrap;
}
