using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Geometry;
using Briefings.Layout.PdfFile;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>Small PDFs drawn through the engine's PDF writer for the outline, determinism and subsetting tests, and scratch files for tools.</summary>
internal static class TestPdf
{
    /// <summary>A fixed date, so the output depends only on what is drawn.</summary>
    public static readonly DateTimeOffset FixedDate = new(2025, 4, 8, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A4 in points; destinations are written with y measured from the bottom, so tests need the height.</summary>
    public static readonly Size PageSize = new(595, 842);

    public static PdfMetadata Metadata(bool pdfA = false) => new("Test document", FixedDate) { Author = "Briefings tests", PdfA = pdfA };

    /// <summary>The bytes of <see cref="Write"/>.</summary>
    public static byte[] Render(int pages, Action<ICanvas, int> drawPage, bool pdfA = false, IReadOnlyList<OutlineEntry>? outline = null, bool subsetFonts = true, int directPages = PdfDocumentWriter.PagesBeforeBackground) =>
        Write(pages, drawPage, pdfA, outline, subsetFonts, directPages).Content;

    /// <summary>
    /// Draws <paramref name="pages"/> A4 pages with <paramref name="drawPage"/> (given the canvas and the zero-based
    /// page), then ends the document, as the engine's layout does. With <paramref name="subsetFonts"/> the fonts are
    /// subset to what was drawn; without, they are embedded whole.
    /// </summary>
    /// <param name="directPages">Pages drawn on the test's thread before the rest are written from another.</param>
    public static PdfResult Write(int pages, Action<ICanvas, int> drawPage, bool pdfA = false, IReadOnlyList<OutlineEntry>? outline = null, bool subsetFonts = true, int directPages = PdfDocumentWriter.PagesBeforeBackground) =>
        PdfDocumentWriter.Write(canvas => DrawPages(canvas, pages, drawPage), Metadata(pdfA), outline, subsetFonts, directPages);

    /// <summary>Draws <paramref name="pages"/> A4 pages on <paramref name="canvas"/> with <paramref name="drawPage"/>, then ends the document; returns the page count.</summary>
    public static int DrawPages(ICanvas canvas, int pages, Action<ICanvas, int> drawPage)
    {
        for (var page = 0; page < pages; page++)
        {
            canvas.BeginPage(PageSize);
            drawPage(canvas, page);
            canvas.EndPage();
        }

        canvas.EndDocument();
        return pages;
    }

    /// <summary>Writes <paramref name="pdf"/> to a fresh temporary file (for qpdf, poppler) and returns its path.</summary>
    public static string WriteTemp(byte[] pdf, string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "briefings-layout-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
