using System.Text;
using System.Text.RegularExpressions;
using Briefings.Testing.ExternalTools;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Briefings.Pdf.Tests;

/// <summary>Reads rendered PDFs back: text per page in reading order (NFKC, so ligatures read as letters), raw syntax.</summary>
internal static partial class PdfReading
{
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => Normalise(ContentOrderTextExtractor.GetText(page)))];
    }

    /// <summary>
    /// Ligature presentation forms expanded (what NFKC does; <c>string.Normalize</c> cannot under the repository's
    /// invariant globalisation) and whitespace, including no-break spaces, collapsed.
    /// </summary>
    public static string Normalise(string text) => Whitespace().Replace(Ligatures.Expand(text).Replace('\u00A0', ' '), " ").Trim();

    /// <summary>The PDF's bytes as Latin-1 text: dictionaries (annotations, destinations, outline) are not compressed.</summary>
    public static string Syntax(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    public static string TempFile(byte[] pdf, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefings-pdf-tests-{Environment.ProcessId}-{name}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
