namespace Briefings.Core.Themes;

/// <summary>
/// One family as font files (absolute paths) for the PDF, and the family name the DOCX names
/// (e.g. Caladea files in the PDF, "Cambria" in Word, which LibreOffice maps back to Caladea).
/// A missing style falls back to <see cref="Regular"/>.
/// </summary>
public sealed record FontFamilyFiles(string DocxName, string Regular, string Bold, string Italic, string BoldItalic);
