namespace Briefings.Testing.ExternalTools;

/// <summary>One row of <c>pdffonts</c>: a font resource as poppler sees it.</summary>
public sealed record PdfFontInfo(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool HasToUnicode);
