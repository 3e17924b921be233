using System.Runtime.InteropServices;
using System.Text;
using Briefings.Layout.Fonts;
using SkiaSharp;

namespace Briefings.Layout.Drawing;

/// <summary>
/// Gathers consecutive shaped runs (the words and spaces of a line, usually) into one Skia text blob drawn with
/// one call. Each Skia draw call costs the PDF device a content entry and a graphics-state check, which made a
/// blob per word the largest cost of drawing a page. Glyphs carry absolute positions, so a batch draws at the
/// origin. Runs in one font and left to right join one Skia run; a change of font or a right-to-left run
/// (clusters counting down) starts another run in the same blob, because Skia maps glyphs back to text
/// (ToUnicode, ActualText) per run and needs each run's clusters to go one way.
/// </summary>
internal sealed class GlyphRunBatch : IDisposable
{
    private readonly SKTextBlobBuilder builder = new();
    private readonly List<ushort> glyphs = [];
    private readonly List<SKPoint> positions = [];
    private readonly List<uint> clusters = [];
    private readonly List<byte> text = [];
    private SKFont? font;
    private bool rightToLeft;
    private bool hasRuns;

    /// <summary>The fill colour every glyph of the batch is drawn in; null while the batch is empty.</summary>
    public SKColor? Color { get; private set; }

    public void Add(SKFont runFont, SKColor color, ShapedRun run, double x, double baseline, double scale, double letterSpacing)
    {
        var runRightToLeft = run.Clusters.Length > 1 && run.Clusters[^1] < run.Clusters[0];
        if (glyphs.Count > 0 && (!ReferenceEquals(font, runFont) || runRightToLeft || rightToLeft))
        {
            CloseRun();
        }

        font = runFont;
        rightToLeft = runRightToLeft;
        Color = color;
        var textStart = text.Count;
        AppendUtf8(run.Text);

        // Clusters are UTF-16 offsets into the run's text; Skia wants UTF-8 byte offsets into the run's text
        // as joined here. Offsets only grow along a left-to-right run, so the byte count is carried forward
        // instead of recounted from the start for every glyph (a right-to-left run restarts it).
        var counted = 0;
        var bytes = 0;
        var pen = x;
        for (var index = 0; index < run.Glyphs.Length; index++)
        {
            var cluster = run.Clusters[index];
            if (cluster < counted)
            {
                counted = 0;
                bytes = 0;
            }

            bytes += Encoding.UTF8.GetByteCount(run.Text.AsSpan(counted, cluster - counted));
            counted = cluster;
            clusters.Add((uint)(textStart + bytes));
            glyphs.Add(run.Glyphs[index]);
            positions.Add(new SKPoint((float)(pen + (run.OffsetsX[index] * scale)), (float)(baseline - (run.OffsetsY[index] * scale))));
            pen += (run.Advances[index] * scale) + letterSpacing;
        }
    }

    /// <summary>Builds the blob of everything gathered and empties the batch; null when nothing was gathered.</summary>
    public SKTextBlob? Build()
    {
        CloseRun();
        if (!hasRuns)
        {
            return null;
        }

        hasRuns = false;
        Color = null;
        return builder.Build();
    }

    public void Dispose() => builder.Dispose();

    private void CloseRun()
    {
        if (glyphs.Count == 0 || font is null)
        {
            return;
        }

        var buffer = builder.AllocatePositionedTextRun(font, glyphs.Count, text.Count);
        CopyInto(glyphs, buffer.Glyphs);
        CopyInto(positions, buffer.Positions);
        CopyInto(clusters, buffer.Clusters);
        CopyInto(text, buffer.Text);
        glyphs.Clear();
        positions.Clear();
        clusters.Clear();
        text.Clear();
        hasRuns = true;
    }

    private void AppendUtf8(string value)
    {
        var start = text.Count;
        var count = Encoding.UTF8.GetByteCount(value);
        CollectionsMarshal.SetCount(text, start + count);
        Encoding.UTF8.GetBytes(value, CollectionsMarshal.AsSpan(text)[start..]);
    }

    private static void CopyInto<T>(List<T> source, Span<T> target) =>
        CollectionsMarshal.AsSpan(source).CopyTo(target);
}
