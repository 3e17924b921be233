using System.Collections.Concurrent;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Briefings.Layout.Fonts;

/// <summary>
/// Shapes text with HarfBuzz (kerning, ligatures) and caches the result per (font, text): a briefing repeats
/// its words, and a shaping result in font units is valid at every size. Thread-safe.
/// </summary>
public sealed class TextShaper
{
    private readonly ConcurrentDictionary<(FontFace Face, string Text), ShapedRun> cache = new();

    public int CachedRuns => cache.Count;

    public ShapedRun Shape(FontFace face, string text) =>
        cache.GetOrAdd((face, text), static key => ShapeUncached(key.Face, key.Text));

    private static ShapedRun ShapeUncached(FontFace face, string text)
    {
        using var buffer = new Buffer();
        // UTF-16 input makes HarfBuzz clusters indices into the .NET string, which is how glyphs map back to text.
        buffer.AddUtf16(text);
        buffer.Direction = Direction.LeftToRight;
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        buffer.GuessSegmentProperties();
        face.HarfBuzz.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var count = infos.Length;
        var glyphs = new ushort[count];
        var advances = new int[count];
        var offsetsX = new int[count];
        var offsetsY = new int[count];
        var clusters = new int[count];
        for (var index = 0; index < count; index++)
        {
            glyphs[index] = (ushort)infos[index].Codepoint;
            clusters[index] = (int)infos[index].Cluster;
            advances[index] = positions[index].XAdvance;
            offsetsX[index] = positions[index].XOffset;
            offsetsY[index] = positions[index].YOffset;
        }

        return new ShapedRun(face, text, glyphs, advances, offsetsX, offsetsY, clusters);
    }
}
