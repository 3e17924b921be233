namespace Briefings.Core.Themes;

/// <summary>Vertical and horizontal spacing in points.</summary>
public sealed record Spacing(
    double ParagraphAfter,
    double HeadingBefore,
    double HeadingAfter,
    double ListIndent,
    double ListItemAfter,
    double BlockIndent,
    double CellPadding,
    double CalloutPadding);
