using SkiaSharp;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>Small PDFs drawn with Skia for the post-processing and subsetting tests, and scratch files for tools.</summary>
internal static class TestPdf
{
    /// <summary>A fixed date, so Skia's output depends only on what is drawn.</summary>
    public static readonly DateTime FixedDate = new(2025, 4, 8, 9, 0, 0, DateTimeKind.Utc);

    public const float PageWidth = 595;

    public const float PageHeight = 842;

    public static byte[] Render(int pages, Action<SKCanvas, int> drawPage, bool pdfA = false)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = "Test document",
            Author = "Briefings tests",
            Creator = "Briefings",
            Producer = "Briefings",
            Creation = FixedDate,
            Modified = FixedDate,
            PdfA = pdfA,
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var page = 0; page < pages; page++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                drawPage(canvas, page);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
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
