namespace Briefings.Layout.Text;

/// <summary>The base direction of a paragraph (its bidi paragraph level).</summary>
public enum TextDirection
{
    /// <summary>From the first strongly directional character (UAX #9 rules P2–P3); left-to-right when there is none.</summary>
    Auto,
    LeftToRight,
    RightToLeft,
}
