using Briefings.Layout.PdfFile;
using Briefings.Testing;
using SkiaSharp;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>A three-page document with named destinations, and an outline over them.</summary>
internal static class OutlineSamples
{
    /// <summary>Destination names per page; one has spaces and parentheses, which Skia writes #-escaped.</summary>
    public static readonly string[][] DestinationsByPage =
    [
        ["overview", "background"],
        ["joint declaration (1956)"],
        ["positions", "positions-japan"],
    ];

    public static readonly OutlineEntry[] Entries =
    [
        new("Overview", "overview", 1),
        new("Background", "background", 1),
        new("The 1956 Joint Declaration (Moscow)", "joint declaration (1956)", 2),
        new("Positions \u2014 \u5317\u65B9\u9818\u571F / \u041A\u0443\u0440\u0438\u043B\u044B", "positions", 1),
        new("Japan", "positions-japan", 3),
    ];

    private static readonly Lazy<SKTypeface> Typeface = new(() => SKTypeface.FromFile(Path.Combine(RepoPaths.Templates, "fonts", "Caladea-Regular.ttf")));

    public static byte[] Render(bool pdfA = false) => TestPdf.Render(DestinationsByPage.Length, DrawPage, pdfA);

    private static void DrawPage(SKCanvas canvas, int page)
    {
        using var font = new SKFont(Typeface.Value, 12);
        using var paint = new SKPaint { Color = SKColors.Black };
        var y = 100f;
        foreach (var destination in DestinationsByPage[page])
        {
            canvas.DrawNamedDestinationAnnotation(new SKPoint(72, y - 14), destination);
            canvas.DrawText($"Section {destination}", 72, y, SKTextAlign.Left, font, paint);
            y += 200;
        }
    }
}
