namespace Briefings.Core.Themes;

/// <summary>Font sizes in points; <see cref="LineHeight"/> is a multiple of the font size.</summary>
public sealed record TypeScale(
    double Body,
    double Small,
    double Footnote,
    double Title,
    double Subtitle,
    double Heading1,
    double Heading2,
    double Heading3,
    double Heading4,
    double Mono,
    double LineHeight);
