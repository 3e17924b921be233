using System.Globalization;
using SkiaSharp;

namespace Briefings.Benchmarks;

/// <summary>
/// <c>plot RESULTS.csv OUT.png</c>: the scale run as two log-log panels, build time and peak memory against the
/// number of events, one line per format, with a dashed slope-1 line through each format's smallest run: a
/// series that follows its dashed line grows linearly. Targets from the quality bars are marked at 10,000.
/// Drawn with SkiaSharp and the bundled Carlito font, so it needs nothing that the repository does not have.
/// </summary>
internal static class ScalePlot
{
    private const int Width = 1440;
    private const int Height = 640;
    private const float PanelWidth = 600;
    private const float PanelHeight = 440;
    private const float Top = 125;

    private static readonly Dictionary<string, SKColor> Colors = new(StringComparer.Ordinal)
    {
        ["pdf"] = new SKColor(0xB0, 0x3A, 0x2E),
        ["docx"] = new SKColor(0x1F, 0x5F, 0xA8),
        ["md"] = new SKColor(0x55, 0x55, 0x55),
    };

    private static readonly Dictionary<string, double> TimeTargets = new(StringComparer.Ordinal) { ["pdf"] = 3, ["docx"] = 2 };

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: plot RESULTS.csv OUT.png");
            return 2;
        }

        var results = ScaleResult.Read(args[0]);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var regular = SKTypeface.FromFile(Path.Combine(RepoLocator.Templates, "fonts", "Carlito-Regular.ttf"));
        using var bold = SKTypeface.FromFile(Path.Combine(RepoLocator.Templates, "fonts", "Carlito-Bold.ttf"));
        using var titleFont = new SKFont(bold, 30);
        using var textFont = new SKFont(regular, 17);
        using var ink = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };
        canvas.DrawText("Synthetic chronology: build time and peak memory against size", 60, 48, titleFont, ink);
        canvas.DrawText("Whole process (briefings build chronology --format F --jobs 1), log-log; dashed: linear growth from the smallest run; diamonds: quality-bar targets at 10,000 events; crosses: failed builds", 60, 78, textFont, ink);

        DrawPanel(canvas, 80, "build time (s)", results, result => result.Seconds, TimeTargets, regular);
        DrawPanel(canvas, 780, "peak memory, max RSS (MB)", results, result => result.PeakMegabytes, new Dictionary<string, double> { ["pdf"] = 300, ["docx"] = 300 }, regular);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using (var file = File.Create(args[1]))
        {
            png.SaveTo(file);
        }

        Console.WriteLine($"wrote {args[1]}");
        return 0;
    }

    private static void DrawPanel(SKCanvas canvas, float left, string title, IReadOnlyList<ScaleResult> results, Func<ScaleResult, double> value, IReadOnlyDictionary<string, double> targets, SKTypeface typeface)
    {
        var ok = results.Where(result => result.Succeeded).ToArray();
        var measured = results.Where(result => value(result) > 0).ToArray();
        var targetValues = targets.Values.ToArray();
        var xs = measured.Select(result => (double)result.Events).DefaultIfEmpty(1000).ToArray();
        var ys = measured.Select(value).Concat(targetValues).Where(v => v > 0).DefaultIfEmpty(1).ToArray();
        // Sizes such as 100,010 (events plus signing events) belong to the decade of 100,000.
        var xMin = Math.Pow(10, Math.Floor(Math.Log10(xs.Min()) + 0.01));
        var xMax = Math.Pow(10, Math.Ceiling(Math.Log10(xs.Max()) - 0.01));
        var yMin = Math.Pow(10, Math.Floor(Math.Log10(ys.Min())));
        var yMax = Math.Pow(10, Math.Ceiling(Math.Log10(ys.Max()) + 0.05));

        float X(double x) => left + (float)((Math.Log10(x) - Math.Log10(xMin)) / (Math.Log10(xMax) - Math.Log10(xMin)) * PanelWidth);
        float Y(double y) => Top + PanelHeight - (float)((Math.Log10(y) - Math.Log10(yMin)) / (Math.Log10(yMax) - Math.Log10(yMin)) * PanelHeight);

        using var font = new SKFont(typeface, 16);
        using var labelFont = new SKFont(typeface, 19);
        using var ink = new SKPaint { Color = new SKColor(0x33, 0x33, 0x33), IsAntialias = true };
        using var grid = new SKPaint { Color = new SKColor(0xE2, 0xE2, 0xE2), StrokeWidth = 1, IsAntialias = true };
        using var axis = new SKPaint { Color = new SKColor(0x66, 0x66, 0x66), StrokeWidth = 1.5f, IsAntialias = true, Style = SKPaintStyle.Stroke };

        for (var decade = xMin; decade <= xMax * 1.0001; decade *= 10)
        {
            canvas.DrawLine(X(decade), Top, X(decade), Top + PanelHeight, grid);
            var label = decade.ToString("N0", CultureInfo.InvariantCulture);
            canvas.DrawText(label, X(decade) - (font.MeasureText(label) / 2), Top + PanelHeight + 24, font, ink);
        }

        for (var decade = yMin; decade <= yMax * 1.0001; decade *= 10)
        {
            canvas.DrawLine(left, Y(decade), left + PanelWidth, Y(decade), grid);
            var label = decade.ToString(decade < 1 ? "0.##" : "N0", CultureInfo.InvariantCulture);
            canvas.DrawText(label, left - font.MeasureText(label) - 8, Y(decade) + 5, font, ink);
        }

        canvas.DrawRect(left, Top, PanelWidth, PanelHeight, axis);
        canvas.DrawText(title, left, Top - 12, labelFont, ink);
        canvas.DrawText("events in the chronology", left + (PanelWidth / 2) - 80, Top + PanelHeight + 50, font, ink);

        canvas.Save();
        canvas.ClipRect(new SKRect(left, Top, left + PanelWidth, Top + PanelHeight));
        var legendY = Top + 24f;
        var labels = new List<(double Events, float X, float Y, string Text, SKColor Color)>();
        foreach (var group in ok.GroupBy(result => result.Format).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var color = Colors.GetValueOrDefault(group.Key, SKColors.Black);
            using var line = new SKPaint { Color = color, StrokeWidth = 3, IsAntialias = true, Style = SKPaintStyle.Stroke };
            using var dashed = new SKPaint { Color = color.WithAlpha(150), StrokeWidth = 1.5f, IsAntialias = true, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([8, 6], 0) };
            using var dot = new SKPaint { Color = color, IsAntialias = true };
            var points = group.OrderBy(result => result.Events).ToArray();
            using (var path = new SKPath())
            {
                path.MoveTo(X(points[0].Events), Y(value(points[0])));
                foreach (var point in points.Skip(1))
                {
                    path.LineTo(X(point.Events), Y(value(point)));
                }

                canvas.DrawPath(path, line);
            }

            var first = points[0];
            canvas.DrawLine(X(first.Events), Y(value(first)), X(xMax), Y(value(first) * xMax / first.Events), dashed);
            foreach (var point in points)
            {
                canvas.DrawCircle(X(point.Events), Y(value(point)), 5, dot);
                var label = value(point).ToString(value(point) < 10 ? "0.00" : "N0", CultureInfo.InvariantCulture);
                // A label at the panel's right edge goes to the left of its point, inside the panel.
                var labelWidth = font.MeasureText(label);
                var labelX = X(point.Events) + 8 + labelWidth > left + PanelWidth ? X(point.Events) - 8 - labelWidth : X(point.Events) + 8;
                labels.Add((point.Events, labelX, Y(value(point)) - 8, label, color));
            }

            if (targets.TryGetValue(group.Key, out var target))
            {
                var x = X(10_000);
                var y = Y(target);
                using var diamond = new SKPath();
                diamond.MoveTo(x, y - 8);
                diamond.LineTo(x + 8, y);
                diamond.LineTo(x, y + 8);
                diamond.LineTo(x - 8, y);
                diamond.Close();
                using var outline = new SKPaint { Color = color, StrokeWidth = 2, IsAntialias = true, Style = SKPaintStyle.Stroke };
                canvas.DrawPath(diamond, outline);
            }

            canvas.DrawLine(left + 16, legendY - 5, left + 46, legendY - 5, line);
            canvas.DrawText(group.Key.ToUpperInvariant(), left + 54, legendY, font, ink);
            legendY += 22;
        }

        var labelY = float.MinValue;
        foreach (var failed in measured.Where(result => !result.Succeeded).OrderByDescending(value))
        {
            var color = Colors.GetValueOrDefault(failed.Format, SKColors.Black);
            using var cross = new SKPaint { Color = color, StrokeWidth = 2.5f, IsAntialias = true };
            var x = X(failed.Events);
            var y = Y(value(failed));
            canvas.DrawLine(x - 7, y - 7, x + 7, y + 7, cross);
            canvas.DrawLine(x - 7, y + 7, x + 7, y - 7, cross);
            var label = $"{failed.Format} failed after {value(failed).ToString("N0", CultureInfo.InvariantCulture)}: {failed.Status}";
            labelY = Math.Max(y + 5, labelY + 20);
            canvas.DrawText(label, x - font.MeasureText(label) - 12, labelY, font, cross);
        }

        // Labels of one size drawn apart: close values (three formats' memory at 100,000 events) would print over each other.
        foreach (var column in labels.GroupBy(label => label.Events))
        {
            var below = float.MinValue;
            foreach (var (_, x, y, text, color) in column.OrderBy(label => label.Y))
            {
                below = Math.Max(y, below + 20);
                using var labelInk = new SKPaint { Color = color, IsAntialias = true };

                // On a light ground of its own, so a line passing under the label does not strike it through.
                using var ground = new SKPaint { Color = SKColors.White.WithAlpha(225) };
                canvas.DrawRect(new SKRect(x - 2, below - 15, x + font.MeasureText(text) + 2, below + 4), ground);
                canvas.DrawText(text, x, below, font, labelInk);
            }
        }

        canvas.Restore();
    }
}
