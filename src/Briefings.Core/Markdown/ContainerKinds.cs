namespace Briefings.Core.Markdown;

/// <summary>
/// The custom containers (<c>::: name</c>) of the dialect. Renderers treat an unknown name as a plain
/// group of blocks, so a typo loses styling, never text.
/// </summary>
public static class ContainerKinds
{
    /// <summary>Shaded box at the top of a briefing: the points a reader must take away.</summary>
    public const string KeyPoints = "key-points";

    /// <summary>Neutral callout box.</summary>
    public const string Note = "note";

    /// <summary>Callout box for caveats, e.g. a discrepancy between sources.</summary>
    public const string Warning = "warning";

    /// <summary>An empty container that forces a page break.</summary>
    public const string PageBreak = "page-break";

    /// <summary>Attribute class (<c>{.keep}</c>) asking that a block is never split across pages.</summary>
    public const string KeepClass = "keep";

    public static bool IsCallout(string? kind) => kind is KeyPoints or Note or Warning;
}
