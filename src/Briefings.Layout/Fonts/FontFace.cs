using SkiaSharp;
using HarfBuzzBlob = HarfBuzzSharp.Blob;
using HarfBuzzFace = HarfBuzzSharp.Face;
using HarfBuzzFont = HarfBuzzSharp.Font;

namespace Briefings.Layout.Fonts;

/// <summary>
/// One font file, loaded once: its bytes (for subsetting), a HarfBuzz font scaled to font units (so a shaping
/// result is independent of the size and can be cached), a Skia typeface for drawing, and its vertical metrics.
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class FontFace
{
    private FontFace(string path, byte[] data)
    {
        Path = path;
        Name = System.IO.Path.GetFileNameWithoutExtension(path);
        Data = data;

        using var blob = HarfBuzzBlob.FromStream(new MemoryStream(data, writable: false));
        blob.MakeImmutable();
        var face = new HarfBuzzFace(blob, 0);
        if (face.GlyphCount == 0)
        {
            throw new InvalidDataException($"'{path}' is not a font file HarfBuzz can read");
        }

        face.MakeImmutable();
        UnitsPerEm = face.UnitsPerEm;
        HarfBuzz = new HarfBuzzFont(face);
        HarfBuzz.SetScale(UnitsPerEm, UnitsPerEm);
        HarfBuzz.SetFunctionsOpenType();

        Typeface = SKTypeface.FromData(SKData.CreateCopy(data))
            ?? throw new InvalidDataException($"'{path}' is not a font file Skia can read");

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

    /// <summary>Distance from the baseline to the top of the tallest glyphs, in ems.</summary>
    public double Ascender { get; }

    /// <summary>Distance from the baseline to the bottom of the descenders, in ems (positive).</summary>
    public double Descender { get; }

    public double LineGap { get; }

    internal HarfBuzzFont HarfBuzz { get; }

    internal SKTypeface Typeface { get; }

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

    /// <summary>Whether the font maps the character to a real glyph (not .notdef).</summary>
    public bool Covers(int codepoint) => HarfBuzz.TryGetNominalGlyph((uint)codepoint, out var glyph) && glyph != 0;

    public override string ToString() => Name;
}
