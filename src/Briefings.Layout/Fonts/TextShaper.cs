using System.Collections.Concurrent;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Briefings.Layout.Fonts;

/// <summary>
/// Shapes text with HarfBuzz (kerning, ligatures, the joining forms of Arabic) and caches the result per (font,
/// text, direction): a briefing repeats its words, and a shaping result in font units is valid at every size.
/// Right-to-left runs come back in visual order (the first glyph is the leftmost), their clusters descending.
/// Thread-safe.
/// </summary>
public sealed class TextShaper
{
    /// <summary>
    /// Per font and direction, the runs by text. Looked up by the characters themselves (a span of the paragraph),
    /// so a word met before costs no string: a long document shapes few distinct words and looks up many.
    /// </summary>
    private readonly ConcurrentDictionary<(FontFace Face, bool RightToLeft), RunCache> caches = new();

    public int CachedRuns => caches.Values.Sum(runs => runs.Count);

    public ShapedRun Shape(FontFace face, string text, bool rightToLeft = false) =>
        RunsOf(face, rightToLeft).GetOrAdd(text, static (text, key) => ShapeUncached(key.Face, text, key.RightToLeft), (Face: face, RightToLeft: rightToLeft));

    /// <summary>The run for these characters; the string is made only the first time they are shaped.</summary>
    public ShapedRun Shape(FontFace face, ReadOnlySpan<char> text, bool rightToLeft = false)
    {
        var runs = RunsOf(face, rightToLeft);
        return runs.Lookup.TryGetValue(text, out var run) ? run : Shape(face, text.ToString(), rightToLeft);
    }

    /// <summary>
    /// The face's runs in one direction. Every fragment of every paragraph asks, so the first shaper to use a face
    /// (in a build, the font library's only one) keeps the face's two caches on the face itself: a field read instead
    /// of a dictionary look-up by face and direction. Another shaper's caches stay in its dictionary.
    /// </summary>
    private RunCache RunsOf(FontFace face, bool rightToLeft)
    {
        if (face.ShaperRuns is not { } own)
        {
            Interlocked.CompareExchange(ref face.ShaperRuns, new FaceRuns(this, RunsByKey(face, false), RunsByKey(face, true)), null);
            own = face.ShaperRuns!;
        }

        return own.Shaper != this ? RunsByKey(face, rightToLeft) : rightToLeft ? own.RightToLeft : own.LeftToRight;
    }

    private RunCache RunsByKey(FontFace face, bool rightToLeft) => caches.GetOrAdd((face, rightToLeft), static _ => new RunCache());

    /// <summary>Ligatures and contextual alternates off, kerning on.</summary>
    private static readonly Feature[] PlainGlyphs =
        [Feature.Parse("liga=0"), Feature.Parse("clig=0"), Feature.Parse("dlig=0"), Feature.Parse("calt=0")];

    private static ShapedRun ShapeUncached(FontFace face, string text, bool rightToLeft)
    {
        var run = ShapeWith(face, text, [], rightToLeft);
        // A glyph no character maps to (Carlito's "ti" ligature, a contextual alternate) has no Unicode value
        // in the PDF: extraction and search would lose the letters. Such words are set without those features.
        // Not right-to-left runs: Arabic cannot be written without its joining forms and required ligatures,
        // and the PDF writer marks clusters whose glyphs do not read as their text with ActualText.
        return rightToLeft || ReadsBack(face, run) ? run : ShapeWith(face, text, PlainGlyphs, false);
    }

    private static bool ReadsBack(FontFace face, ShapedRun run)
    {
        for (var index = 0; index < run.Glyphs.Length; index++)
        {
            var start = run.Clusters[index];
            var end = index + 1 < run.Glyphs.Length && run.Clusters[index + 1] > start ? run.Clusters[index + 1] : run.Text.Length;
            var glyph = run.Glyphs[index];
            if (face.UnicodeLigatures.Contains(glyph))
            {
                continue;
            }

            var codepoint = char.ConvertToUtf32(run.Text, start) is var value ? value : 0;
            var length = char.IsSurrogatePair(run.Text, start) ? 2 : 1;
            if (end - start > length && index + 1 < run.Glyphs.Length && run.Clusters[index + 1] > start)
            {
                return false;
            }

            if (face.HarfBuzz.TryGetNominalGlyph((uint)codepoint, out var nominal) && nominal != glyph && end - start == length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>HarfBuzz's glyphs for the text with the given features on top of the font's defaults, uncached.</summary>
    internal static ShapedRun ShapeWith(FontFace face, string text, Feature[] features, bool rightToLeft)
    {
        using var buffer = new Buffer();
        // UTF-16 input makes HarfBuzz clusters indices into the .NET string, which is how glyphs map back to text.
        buffer.AddUtf16(text);
        // The direction is the bidi level's; the script (and so the shaping rules) is guessed from the text.
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        buffer.GuessSegmentProperties();
        face.HarfBuzz.Shape(buffer, features);

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
