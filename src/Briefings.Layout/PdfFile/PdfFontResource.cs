using System.Security.Cryptography;
using System.Text;
using Briefings.Layout.Fonts;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// One font as the PDF uses it: a composite font (Type0, Identity-H) whose two-byte codes are the glyph ids
/// HarfBuzz chose, over the embedded font program (CIDFontType2 with CIDToGIDMap Identity for TrueType outlines,
/// CIDFontType0 over the OpenType file for CFF ones), so what was measured
/// is what prints. It learns while pages are drawn which glyphs were used (for the widths array) and which text
/// each glyph stands for (for the ToUnicode map that makes copy, search and extraction read words); a glyph
/// that stands for different text in different places keeps the first, and the others are marked with
/// ActualText by the canvas.
/// </summary>
internal sealed class PdfFontResource
{
    private readonly Dictionary<ushort, string> unicode = [];

    /// <summary>
    /// <see cref="unicode"/> by glyph id, for <see cref="Reads"/>, which is asked for every glyph drawn: an array
    /// read instead of a dictionary look-up. The dictionary stays the record the ToUnicode map is written from.
    /// </summary>
    private readonly string?[] unicodeByGlyph;

    /// <summary><see cref="Width"/> by glyph id once computed (NaN before), also asked for every glyph drawn.</summary>
    private readonly double[] widths;

    private readonly GlyphSet used;

    public PdfFontResource(FontFace face, string resourceName, int objectNumber)
    {
        Face = face;
        ResourceName = resourceName;
        ObjectNumber = objectNumber;
        used = new GlyphSet(face.GlyphCount);
        unicodeByGlyph = new string?[face.GlyphCount];
        widths = new double[face.GlyphCount];
        Array.Fill(widths, double.NaN);
    }

    public FontFace Face { get; }

    /// <summary>The font's glyph for U+0020, or null when it has none.</summary>
    public ushort? Space => Face.HarfBuzz.TryGetNominalGlyph(' ', out var space) && space is > 0 and <= ushort.MaxValue ? (ushort)space : null;

    /// <summary>The key in the pages' resource dictionary ("F1").</summary>
    public string ResourceName { get; }

    /// <summary>The object number of the Type0 font dictionary.</summary>
    public int ObjectNumber { get; }

    /// <summary>
    /// The glyph's advance in thousandths of an em, rounded as the widths array writes it: a reader moves its pen
    /// by exactly this, so the canvas tracks the pen with it.
    /// </summary>
    public double Width(ushort glyph)
    {
        if (glyph >= widths.Length)
        {
            return WidthOf(glyph);
        }

        var width = widths[glyph];
        if (double.IsNaN(width))
        {
            widths[glyph] = width = WidthOf(glyph);
        }

        return width;
    }

    public void Use(ushort glyph) => used.Add(glyph);

    /// <summary>The glyphs drawn with this font, in id order: what its subset must keep.</summary>
    public IReadOnlyCollection<ushort> Glyphs => [.. used.Members()];

    /// <summary>
    /// The characters the drawn glyphs stand for, as the ToUnicode map reads them (or the font's cmap, for a glyph
    /// drawn only inside ActualText): the cmap entries a subsetter that keeps them should keep.
    /// </summary>
    public IReadOnlyCollection<int> Codepoints()
    {
        var codepoints = new SortedSet<int>();
        foreach (var glyph in used.Members())
        {
            if (unicode.TryGetValue(glyph, out var text))
            {
                foreach (var rune in text.EnumerateRunes())
                {
                    codepoints.Add(rune.Value);
                }
            }
            else if (Face.CharacterOfGlyph.TryGetValue(glyph, out var character))
            {
                codepoints.Add(character);
            }
        }

        return codepoints;
    }

    /// <summary>
    /// Whether the ToUnicode map reads <paramref name="glyph"/> as <paramref name="text"/>. A glyph not mapped yet
    /// is mapped on first use: to the text when it is one character, otherwise (a composed accent, a ligature)
    /// to the character the font's cmap gives the glyph, or to the text when the cmap gives none. False means the
    /// text must be given another way (ActualText). The missing glyph (.notdef) reads as nothing.
    /// </summary>
    public bool Reads(ushort glyph, ReadOnlySpan<char> text)
    {
        if (glyph == 0 || text.IsEmpty)
        {
            return false;
        }

        var mapped = glyph < unicodeByGlyph.Length ? unicodeByGlyph[glyph] : unicode.GetValueOrDefault(glyph);
        if (mapped is null)
        {
            var single = text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));
            mapped = !single && Face.CharacterOfGlyph.TryGetValue(glyph, out var character) ? char.ConvertFromUtf32(character) : text.ToString();
            Map(glyph, mapped);
        }

        return text.SequenceEqual(mapped);
    }

    /// <summary>
    /// Writes the font dictionaries, the embedded program (<paramref name="program"/>: the subset, or the whole
    /// file when it could not be subset) and the ToUnicode map.
    /// </summary>
    public void Write(PdfObjectFile file, byte[] program, bool subset)
    {
        // A glyph drawn only inside ActualText spans (a mark in a cluster of several glyphs) reads as its cmap
        // character, for readers that ignore ActualText.
        foreach (var glyph in used.Members())
        {
            if (!unicode.ContainsKey(glyph) && Face.CharacterOfGlyph.TryGetValue(glyph, out var character))
            {
                Map(glyph, char.ConvertFromUtf32(character));
            }
        }

        // From the whole font: a subset keeps no name table, and the metrics are the font's either way.
        var facts = TrueTypeFacts.Read(Face.Bytes, Face.Name);
        var name = subset ? Tag() + "+" + facts.PostScriptName : facts.PostScriptName;
        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var fontFile = file.Reserve();
        var toUnicode = file.Reserve();

        file.Begin(ObjectNumber).Ascii("<</Type/Font/Subtype/Type0/BaseFont").Name(name)
            .Ascii("/Encoding/Identity-H/DescendantFonts[").Integer(cidFont).Ascii(" 0 R]/ToUnicode ").Integer(toUnicode).Ascii(" 0 R>>");
        file.End();

        // TrueType outlines are a CIDFontType2 whose codes are glyph ids (CIDToGIDMap Identity); CFF outlines
        // (an OpenType file starting "OTTO") a CIDFontType0 over the whole OpenType file (FontFile3, §9.9), whose
        // subset keeps glyph ids as CIDs.
        var compact = program.Length >= 4 && program.AsSpan(0, 4).SequenceEqual("OTTO"u8);
        var dictionary = file.Begin(cidFont).Ascii(compact ? "<</Type/Font/Subtype/CIDFontType0/BaseFont" : "<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(name)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Integer(descriptor)
            .Ascii(compact ? " 0 R/DW 0/W[" : " 0 R/CIDToGIDMap/Identity/DW 0/W[");
        WriteWidths(dictionary);
        dictionary.Ascii("]>>");
        file.End();

        var perMille = 1000.0 / facts.UnitsPerEm;
        var box = facts.BoundingBox;

        // Flags: symbolic (4), as for any font addressed by glyph id rather than a standard encoding; italic (64)
        // when the font leans.
        var flags = 4 | (facts.ItalicAngle != 0 ? 64 : 0);
        file.Begin(descriptor).Ascii("<</Type/FontDescriptor/FontName").Name(name).Ascii("/Flags ").Integer(flags)
            .Ascii("/FontBBox[").Number(box[0] * perMille).Byte((byte)' ').Number(box[1] * perMille).Byte((byte)' ')
            .Number(box[2] * perMille).Byte((byte)' ').Number(box[3] * perMille)
            .Ascii("]/ItalicAngle ").Number(facts.ItalicAngle).Ascii("/Ascent ").Number(facts.Ascent * perMille)
            .Ascii("/Descent ").Number(facts.Descent * perMille).Ascii("/CapHeight ").Number(facts.CapHeight * perMille)
            .Ascii(compact ? "/StemV 80/FontFile3 " : "/StemV 80/FontFile2 ").Integer(fontFile).Ascii(" 0 R>>");
        file.End();

        file.Stream(fontFile, compact ? "/Subtype/OpenType" : "/Length1 " + program.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), program);
        file.Stream(toUnicode, string.Empty, ToUnicodeMap.Build(unicode));
    }

    /// <summary>
    /// Runs of consecutive glyph ids as "first [w w w]" (§9.7.4.3): the widths of the glyphs used, each as the
    /// canvas assumed it.
    /// </summary>
    private void WriteWidths(PdfBuffer output)
    {
        var previous = -2;
        foreach (var glyph in used.Members())
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0)
                {
                    output.Byte((byte)']');
                }

                output.Integer(glyph).Byte((byte)'[');
            }
            else
            {
                output.Byte((byte)' ');
            }

            output.Number(Width(glyph));
            previous = glyph;
        }

        if (previous >= 0)
        {
            output.Byte((byte)']');
        }
    }

    /// <summary>
    /// Six capital letters for a subset (§9.6.4), from the font and the glyphs it keeps: two documents with the
    /// same subset get the same tag, different subsets of one font in one viewer do not collide.
    /// </summary>
    private string Tag()
    {
        var bits = used.AsBytes();
        var seed = new byte[bits.Length + Encoding.UTF8.GetByteCount(Face.Name)];
        bits.CopyTo(seed);
        Encoding.UTF8.GetBytes(Face.Name, seed.AsSpan(bits.Length));
        var digest = SHA256.HashData(seed);
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + (digest[i] % 26));
        }

        return new string(tag);
    }

    private double WidthOf(ushort glyph) => PdfBuffer.Rounded(Face.Advance(glyph) * 1000.0 / Face.UnitsPerEm);

    private void Map(ushort glyph, string text)
    {
        unicode.Add(glyph, text);
        if (glyph < unicodeByGlyph.Length)
        {
            unicodeByGlyph[glyph] = text;
        }
    }
}
