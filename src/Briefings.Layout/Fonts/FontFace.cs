using System.Runtime.InteropServices;
using HarfBuzzBlob = HarfBuzzSharp.Blob;
using HarfBuzzFace = HarfBuzzSharp.Face;
using HarfBuzzFont = HarfBuzzSharp.Font;

namespace Briefings.Layout.Fonts;

/// <summary>
/// One font file, loaded once: its bytes (for subsetting), a HarfBuzz font scaled to font units (so a shaping
/// result is independent of the size and can be cached), and its vertical metrics.
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class FontFace
{
    private readonly Lazy<Dictionary<ushort, int>> characterOfGlyph;
    private readonly int[] advances;

    /// <summary>
    /// <see cref="Covers"/> for the Basic Multilingual Plane, filled on first ask: 0 not yet asked, 1 covered,
    /// 2 not. Every character of every paragraph is resolved to a font, and asking HarfBuzz each time was a tenth
    /// of building a long document's layout. Threads may race to fill an entry; they write the same value.
    /// </summary>
    private readonly byte[] coverage = new byte[0x10000];

    private FontFace(string path, byte[] data)
    {
        Path = path;
        Name = System.IO.Path.GetFileNameWithoutExtension(path);
        Data = data;

        // Native memory, owned by the blob: HarfBuzzSharp's Blob.FromStream hands HarfBuzz a managed array that is
        // pinned only while the blob is created, so a later garbage collection can move it under the face (wrong
        // glyphs at random). The blob and face are kept for this object's lifetime.
        var memory = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, memory, data.Length);
        var blob = new HarfBuzzBlob(memory, data.Length, HarfBuzzSharp.MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        blob.MakeImmutable();
        var face = new HarfBuzzFace(blob, 0);
        HarfBuzzBlob = blob;
        HarfBuzzFace = face;
        if (face.GlyphCount == 0)
        {
            throw new InvalidDataException($"'{path}' is not a font file HarfBuzz can read");
        }

        face.MakeImmutable();
        GlyphCount = face.GlyphCount;
        advances = new int[GlyphCount];
        Array.Fill(advances, -1);
        characterOfGlyph = new(() => GlyphReadings.Read(face), LazyThreadSafetyMode.ExecutionAndPublication);
        UnitsPerEm = face.UnitsPerEm;
        HarfBuzz = new HarfBuzzFont(face);
        HarfBuzz.SetScale(UnitsPerEm, UnitsPerEm);
        HarfBuzz.SetFunctionsOpenType();

        for (var codepoint = 0xFB00; codepoint <= 0xFB06; codepoint++)
        {
            if (HarfBuzz.TryGetNominalGlyph((uint)codepoint, out var ligature) && ligature != 0)
            {
                UnicodeLigatures.Add(ligature);
            }
        }

        if (HarfBuzz.TryGetHorizontalFontExtents(out var extents))
        {
            Ascender = extents.Ascender / (double)UnitsPerEm;
            Descender = -extents.Descender / (double)UnitsPerEm;
            LineGap = extents.LineGap / (double)UnitsPerEm;
        }
        else
        {
            Ascender = 0.8;
            Descender = 0.2;
        }

    }

    public string Path { get; }

    /// <summary>The file name without extension, used in messages.</summary>
    public string Name { get; }

    public byte[] Data { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>Distance from the baseline to the top of the tallest glyphs, in ems.</summary>
    public double Ascender { get; }

    /// <summary>Distance from the baseline to the bottom of the descenders, in ems (positive).</summary>
    public double Descender { get; }

    public double LineGap { get; }

    internal HarfBuzzFont HarfBuzz { get; }

    internal HarfBuzzBlob HarfBuzzBlob { get; }

    /// <summary>Glyphs of the ligatures Unicode encodes (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): the only ligatures a PDF reader can turn back into text.</summary>
    internal HashSet<uint> UnicodeLigatures { get; } = [];

    internal HarfBuzzFace HarfBuzzFace { get; }

    /// <summary>
    /// The glyph's advance width in font units, from the font's metrics (what a PDF's widths array declares), asked
    /// of HarfBuzz once per glyph. Threads may race to fill an entry; they write the same value.
    /// </summary>
    internal int Advance(ushort glyph)
    {
        if (glyph >= advances.Length)
        {
            return 0;
        }

        var advance = Volatile.Read(ref advances[glyph]);
        if (advance < 0)
        {
            advance = HarfBuzz.GetHorizontalGlyphAdvance(glyph);
            Volatile.Write(ref advances[glyph], advance);
        }

        return advance;
    }

    /// <summary>Each glyph's character by the font's cmap (the lowest, when several share a glyph); read on first use.</summary>
    internal IReadOnlyDictionary<ushort, int> CharacterOfGlyph => characterOfGlyph.Value;

    public static FontFace Load(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"cannot read the font '{path}': {exception.Message}", exception);
        }

        return new FontFace(path, data);
    }

    /// <summary>
    /// Whether the font maps the character to a real glyph (not .notdef) that can be set: a visible spacing
    /// character whose glyph has next to no advance (Caladea Italic's middle dot is 4/1000 em wide) would print on
    /// top of its neighbour, so the font is taken not to have it and fallback finds a usable one.
    /// </summary>
    public bool Covers(int codepoint)
    {
        if (codepoint is < 0 or > 0xFFFF)
        {
            return CoversUncached(codepoint);
        }

        var known = Volatile.Read(ref coverage[codepoint]);
        if (known == 0)
        {
            known = CoversUncached(codepoint) ? (byte)1 : (byte)2;
            Volatile.Write(ref coverage[codepoint], known);
        }

        return known == 1;
    }

    private bool CoversUncached(int codepoint)
    {
        if (!HarfBuzz.TryGetNominalGlyph((uint)codepoint, out var glyph) || glyph == 0)
        {
            return false;
        }

        return HarfBuzz.GetHorizontalGlyphAdvance(glyph) >= UnitsPerEm / 20 || !IsSpacing(codepoint);
    }

    private static bool IsSpacing(int codepoint) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(codepoint) is not (
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.SpaceSeparator
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator);

    public override string ToString() => Name;
}
