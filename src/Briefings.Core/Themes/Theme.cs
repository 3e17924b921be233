namespace Briefings.Core.Themes;

/// <summary>
/// The look of every briefing, shared by the PDF and DOCX renderers so both formats agree.
/// Lengths are in PostScript points (1/72 inch); colours are <c>#RRGGBB</c>.
/// </summary>
public sealed record Theme(
    PageSetup Page,
    FontSet Fonts,
    TypeScale Sizes,
    Palette Colors,
    Spacing Spacing,
    bool PdfA);
