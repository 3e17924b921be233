namespace Briefings.Layout.Elements;

/// <summary>What an element can do with the space offered (QuestPDF's four-way answer).</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing to draw (already done, or empty).</summary>
    Empty,

    /// <summary>Nothing fits here: move to the next page.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything (that is left) fits.</summary>
    Full,
}
