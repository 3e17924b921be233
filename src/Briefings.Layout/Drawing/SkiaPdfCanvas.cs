using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.PdfFile;
using SkiaSharp;

namespace Briefings.Layout.Drawing;

/// <summary>
/// Draws into a PDF through Skia. Glyphs are drawn as positioned runs of the ids HarfBuzz chose, so what was
/// measured is what is printed. Typefaces come from <paramref name="typefaces"/>, which may substitute a
/// subset of a font (glyph ids retained) for the full one.
/// </summary>
public sealed class SkiaPdfCanvas(SKDocument document, Func<FontFace, SKTypeface> typefaces) : ICanvas
{
    private readonly Dictionary<(FontFace Face, double Size), SKFont> fonts = [];
    private readonly SKPaint fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly GlyphRunBatch text = new();
    private readonly HashSet<string> destinations = new(StringComparer.Ordinal);
    private SKColor? fillColor;
    private SKCanvas? canvas;

    private SKCanvas Canvas => canvas ?? throw new InvalidOperationException("drawing outside a page");

    public void BeginPage(Size size) => canvas = document.BeginPage((float)size.Width, (float)size.Height);

    public void EndPage()
    {
        FlushText();
        document.EndPage();
        canvas = null;
    }

    public void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing)
    {
        if (run.Glyphs.Length == 0)
        {
            return;
        }

        // The run carries its text and clusters, so Skia can mark ligatures (ﬁ, Carlito's "ti") with their
        // actual text and copy, search and extraction read the words, not the glyph names.
        var skiaColor = ToSkia(color);
        if (text.Color is { } batchColor && batchColor != skiaColor)
        {
            FlushText();
        }

        text.Add(Font(run.Face, size), skiaColor, run, x, baseline, size / run.Face.UnitsPerEm, letterSpacing);
    }

    public void Reserve(ShapedRun run)
    {
        // Reserved glyphs matter to the counting pass, which chose the subsets; this canvas only draws.
    }

    public void FillRectangle(Rect rect, Color color)
    {
        FlushText();
        SetFill(ToSkia(color));
        Canvas.DrawRect(ToSkia(rect), fill);
    }

    public void StrokeRectangle(Rect rect, Color color, double lineWidth)
    {
        FlushText();
        stroke.Color = ToSkia(color);
        stroke.StrokeWidth = (float)lineWidth;
        Canvas.DrawRect(ToSkia(rect), stroke);
    }

    public void DrawLine(double x1, double y1, double x2, double y2, Color color, double lineWidth)
    {
        FlushText();
        stroke.Color = ToSkia(color);
        stroke.StrokeWidth = (float)lineWidth;
        Canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, stroke);
    }

    public void DrawDots(double x1, double x2, double y, double pitch, double diameter, Color color)
    {
        if (x2 < x1 || pitch <= 0)
        {
            return;
        }

        FlushText();

        var points = new List<SKPoint>();
        for (var x = x1; x <= x2 + 1e-9; x += pitch)
        {
            points.Add(new SKPoint((float)x, (float)y));
        }

        // Points with round caps: Skia writes each as a degenerate subpath ("x y m h"), which PDF paints as a
        // round dot, a few bytes each where filled circles would cost a hundred.
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeWidth = (float)diameter, Color = ToSkia(color) };
        Canvas.DrawPoints(SKPointMode.Points, [.. points], paint);
    }

    public void LinkToUri(Rect area, string uri)
    {
        FlushText();
        using var data = Canvas.DrawUrlAnnotation(ToSkia(area), uri);
    }

    public void LinkToDestination(Rect area, string name)
    {
        FlushText();
        using var data = Canvas.DrawLinkDestinationAnnotation(ToSkia(area), DestinationNames.Safe(name));
    }

    public void DefineDestination(string name, double x, double y)
    {
        // A name defined twice (a repeated table header holding an anchor) would be a duplicate key in the
        // catalog's /Dests: the first definition stands, as on the counting canvas.
        if (!destinations.Add(name))
        {
            return;
        }

        FlushText();

        using var data = Canvas.DrawNamedDestinationAnnotation(new SKPoint((float)x, (float)y), DestinationNames.Safe(name));
    }

    /// <summary>Releases the fonts and paints (not the document, which the caller owns).</summary>
    public void Release()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        fonts.Clear();
        fill.Dispose();
        stroke.Dispose();
        text.Dispose();
    }

    /// <summary>
    /// Draws the gathered text. Called before anything else is drawn, so the page paints in the order the
    /// layout drew, and at the end of each page.
    /// </summary>
    private void FlushText()
    {
        if (text.Color is not { } color)
        {
            return;
        }

        using var blob = text.Build();
        if (blob is null)
        {
            return;
        }

        SetFill(color);
        Canvas.DrawText(blob, 0, 0, fill);
    }

    /// <summary>Sets the fill paint's colour, skipping the native call when it already has it (most runs are body text).</summary>
    private void SetFill(SKColor skia)
    {
        if (fillColor != skia)
        {
            fill.Color = skia;
            fillColor = skia;
        }
    }

    private SKFont Font(FontFace face, double size)
    {
        if (!fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(typefaces(face), (float)size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
            fonts.Add((face, size), font);
        }

        return font;
    }

    private static SKColor ToSkia(Color color) => new(color.Red, color.Green, color.Blue);

    private static SKRect ToSkia(Rect rect) => new((float)rect.X, (float)rect.Y, (float)rect.Right, (float)rect.Bottom);
}
