using System.Runtime.InteropServices;
using static Briefings.Layout.Fonts.Subsetting.HarfBuzzSubsetNative;

namespace Briefings.Layout.Fonts.Subsetting;

/// <summary>
/// Cuts a TrueType/OpenType font down to the glyphs a document uses, with HarfBuzz's subsetter.
/// Embedding only those is what keeps a PDF at tens of kilobytes instead of hundreds.
/// </summary>
/// <remarks>
/// Glyph ids are retained: text is shaped with the full font, and the same ids must draw the same glyphs
/// from the subset. The subset keeps the cmap entries of the requested characters, and of the Latin
/// ligatures U+FB00–FB06 whenever their glyphs can appear, so the subset stays a usable font on its own.
/// </remarks>
public static class FontSubsetter
{
    private const int MaxCodepoint = 0x10FFFF;

    /// <summary>Alphabetic presentation forms and the characters each one ligates.</summary>
    private static readonly (int Ligature, string Components)[] Ligatures =
    [
        (0xFB00, "ff"),
        (0xFB01, "fi"),
        (0xFB02, "fl"),
        (0xFB03, "ffi"),
        (0xFB04, "ffl"),
        (0xFB05, "\u017Ft"),
        (0xFB06, "st"),
    ];

    /// <summary>
    /// Returns a font file holding the glyphs for <paramref name="codepoints"/> and <paramref name="glyphIds"/>
    /// (plus whatever they need: composite components, ligatures reachable through GSUB), with every glyph
    /// at its original id.
    /// </summary>
    /// <param name="fontData">The whole font file (TrueType or OpenType; the first face of a collection).</param>
    /// <param name="codepoints">Unicode scalar values whose cmap entries and glyphs must survive.</param>
    /// <param name="glyphIds">Glyph ids of the full font, typically the output of shaping.</param>
    /// <exception cref="ArgumentException">A codepoint is not a Unicode scalar value, or a glyph id is not in the font.</exception>
    /// <exception cref="FontSubsettingException">The data is not a font HarfBuzz can read, or subsetting failed.</exception>
    public static byte[] Subset(byte[] fontData, IReadOnlyCollection<int> codepoints, IReadOnlyCollection<ushort> glyphIds)
    {
        ArgumentNullException.ThrowIfNull(fontData);
        ArgumentNullException.ThrowIfNull(codepoints);
        ArgumentNullException.ThrowIfNull(glyphIds);
        if (fontData.Length == 0)
        {
            throw new FontSubsettingException("Cannot subset a font: the font data is empty.");
        }

        foreach (var codepoint in codepoints)
        {
            if (codepoint is < 0 or > MaxCodepoint)
            {
                throw new ArgumentException($"U+{codepoint:X} is not a Unicode code point.", nameof(codepoints));
            }
        }

        var face = CreateFace(fontData);
        try
        {
            var glyphCount = hb_face_get_glyph_count(face);
            if (glyphCount == 0)
            {
                throw new FontSubsettingException($"Cannot subset a font: HarfBuzz found no glyphs in the {fontData.Length} bytes given (not a TrueType/OpenType font?).");
            }

            foreach (var glyphId in glyphIds)
            {
                if (glyphId >= glyphCount)
                {
                    throw new ArgumentException($"Glyph id {glyphId} is not in the font, which has {glyphCount} glyphs (shaped with a different font?).", nameof(glyphIds));
                }
            }

            var subsetFace = CreateSubsetFace(face, codepoints, glyphIds);
            try
            {
                return ReadFontBytes(subsetFace);
            }
            finally
            {
                hb_face_destroy(subsetFace);
            }
        }
        finally
        {
            hb_face_destroy(face);
        }
    }

    private static IntPtr CreateFace(byte[] fontData)
    {
        IntPtr blob;
        var pin = GCHandle.Alloc(fontData, GCHandleType.Pinned);
        try
        {
            blob = hb_blob_create(pin.AddrOfPinnedObject(), (uint)fontData.Length, MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
        }
        finally
        {
            pin.Free();
        }

        try
        {
            // hb_face_create never returns null: on bad data it returns the empty face, caught by the glyph count.
            return hb_face_create(blob, 0);
        }
        finally
        {
            hb_blob_destroy(blob);
        }
    }

    private static IntPtr CreateSubsetFace(IntPtr face, IReadOnlyCollection<int> codepoints, IReadOnlyCollection<ushort> glyphIds)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new FontSubsettingException("HarfBuzz could not allocate a subset input (out of memory).");
        }

        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodes, (uint)codepoint);
            }

            foreach (var ligature in LigaturesToKeep(face, codepoints, glyphIds))
            {
                hb_set_add(unicodes, (uint)ligature);
            }

            var glyphs = hb_subset_input_glyph_set(input);
            foreach (var glyphId in glyphIds)
            {
                hb_set_add(glyphs, glyphId);
            }

            hb_subset_input_set_flags(input, hb_subset_input_get_flags(input) | FlagsRetainGids | FlagsNoHinting);

            var subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                throw new FontSubsettingException($"HarfBuzz failed to subset the font ({codepoints.Count} code points, {glyphIds.Count} glyph ids).");
            }

            return subset;
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    /// <summary>
    /// The ligature code points whose glyphs may be drawn: the caller asked for the glyph, or all of the
    /// ligature's components are in the text, so GSUB closure may pull the glyph in.
    /// </summary>
    private static List<int> LigaturesToKeep(IntPtr face, IReadOnlyCollection<int> codepoints, IReadOnlyCollection<ushort> glyphIds)
    {
        var keep = new List<int>();
        var font = hb_font_create(face);
        try
        {
            var requestedCodepoints = codepoints as ISet<int> ?? new HashSet<int>(codepoints);
            var requestedGlyphs = glyphIds as ISet<ushort> ?? new HashSet<ushort>(glyphIds);
            foreach (var (ligature, components) in Ligatures)
            {
                if (hb_font_get_nominal_glyph(font, (uint)ligature, out var glyph) == 0)
                {
                    continue;
                }

                var glyphRequested = glyph <= ushort.MaxValue && requestedGlyphs.Contains((ushort)glyph);
                if (glyphRequested || components.All(c => requestedCodepoints.Contains(c)))
                {
                    keep.Add(ligature);
                }
            }
        }
        finally
        {
            hb_font_destroy(font);
        }

        return keep;
    }

    private static byte[] ReadFontBytes(IntPtr subsetFace)
    {
        var blob = hb_face_reference_blob(subsetFace);
        try
        {
            var data = hb_blob_get_data(blob, out var length);
            if (data == IntPtr.Zero || length == 0)
            {
                throw new FontSubsettingException("HarfBuzz produced an empty subset font.");
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            hb_blob_destroy(blob);
        }
    }
}
