using System.IO.MemoryMappedFiles;
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
    private readonly Lazy<byte[]> data;
    private readonly int[] advances;

    /// <summary>
    /// <see cref="Covers"/> for the Basic Multilingual Plane, filled on first ask: 0 not yet asked, 1 covered,
    /// 2 not. Every character of every paragraph is resolved to a font, and asking HarfBuzz each time was a tenth
    /// of building a long document's layout. Threads may race to fill an entry; they write the same value.
    /// </summary>
    private readonly byte[] coverage = new byte[0x10000];

    /// <summary>The runs shaped with this face by the first shaper that used it (see <see cref="TextShaper"/>); set once.</summary>
    internal FaceRuns? ShaperRuns;

    private FontFace(string path, MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        Path = path;
        Name = System.IO.Path.GetFileNameWithoutExtension(path);

        // HarfBuzz reads the font where the operating system maps it: shaping touches a few tables of a file whose
        // outlines are most of it, so only those pages are read, from the page cache, and nothing is copied. (A
        // managed array would not do: HarfBuzzSharp pins one only while the blob is created, and a later garbage
        // collection could move it under the face.) The mapping lives as long as the blob, the blob as this object.
        var handle = view.SafeMemoryMappedViewHandle;
        var added = false;
        handle.DangerousAddRef(ref added);
        var memory = handle.DangerousGetHandle() + (nint)view.PointerOffset;
        var blob = new HarfBuzzBlob(memory, length, HarfBuzzSharp.MemoryMode.ReadOnly, () =>
        {
            handle.DangerousRelease();
            view.Dispose();
            file.Dispose();
        });
        data = new(() => Copy(memory, length), LazyThreadSafetyMode.ExecutionAndPublication);
        blob.MakeImmutable();
        var face = new HarfBuzzFace(blob, 0);
        HarfBuzzBlob = blob;
        HarfBuzzFace = face;
        if (face.GlyphCount == 0)
        {
            face.Dispose();
            blob.Dispose();
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

    /// <summary>
    /// The font file's bytes, copied from the mapping when first asked for: for embedding a font whole, and for the
    /// general subsetter. Reading tables (<see cref="Bytes"/>) needs no copy.
    /// </summary>
    public byte[] Data => data.Value;

    /// <summary>
    /// The font file's bytes where the operating system maps them, valid while this face lives: the PDF's font
    /// facts and the TrueType subsetter read them in place, so a build copies no font file (Carlito's 600-800 KB
    /// each, which were large objects whose allocation could set off a full collection).
    /// </summary>
    internal ReadOnlySpan<byte> Bytes => HarfBuzzBlob.AsSpan();

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
        MemoryMappedFile? file = null;
        try
        {
            var length = new FileInfo(path).Length;
            if (length is 0 or > int.MaxValue)
            {
                throw new InvalidDataException($"'{path}' is not a font file HarfBuzz can read");
            }

            file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
            return new FontFace(path, file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), (int)length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            throw new InvalidDataException($"cannot read the font '{path}': {exception.Message}", exception);
        }
    }

    private static byte[] Copy(nint memory, int length)
    {
        var bytes = new byte[length];
        Marshal.Copy(memory, bytes, 0, length);
        return bytes;
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
