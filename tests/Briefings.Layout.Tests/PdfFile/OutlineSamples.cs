using Briefings.Layout.Drawing;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.PdfFile;
using Briefings.Testing;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>A three-page document with named destinations, and an outline over them.</summary>
internal static class OutlineSamples
{
    /// <summary>Destination names per page; one has spaces and parentheses, which DestinationNames spells out in ASCII.</summary>
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

    /// <summary>The baseline of the first heading on each page; the next is 200 pt lower.</summary>
    public const double FirstBaseline = 100;

    /// <summary>How far above its heading's baseline a destination is defined, as a heading's anchor is.</summary>
    public const double DestinationAboveBaseline = 14;

    private static readonly Lazy<FontFace> Caladea = new(() => TestFonts.Library.Load(Path.Combine(RepoPaths.Templates, "fonts", "Caladea-Regular.ttf")));

    public static byte[] Render(bool pdfA = false, IReadOnlyList<OutlineEntry>? outline = null) =>
        TestPdf.Render(DestinationsByPage.Length, DrawPage, pdfA, outline);

    private static void DrawPage(ICanvas canvas, int page)
    {
        var y = FirstBaseline;
        foreach (var destination in DestinationsByPage[page])
        {
            canvas.DefineDestination(destination, 72, y - DestinationAboveBaseline);
            canvas.DrawText(TestFonts.Library.Shaper.Shape(Caladea.Value, $"Section {destination}"), 72, y, 12, Color.Black, 0);
            y += 200;
        }
    }
}
