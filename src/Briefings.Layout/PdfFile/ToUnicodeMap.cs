namespace Briefings.Layout.PdfFile;

/// <summary>
/// The ToUnicode CMap of a composite font (ISO 32000-1 §9.10.3): each two-byte glyph code to the UTF-16 text it
/// stands for, which may be several characters (a ligature).
/// </summary>
internal static class ToUnicodeMap
{
    /// <summary>The most entries one bfchar block may hold (Adobe Technical Note 5411).</summary>
    private const int BlockSize = 100;

    public static byte[] Build(IReadOnlyDictionary<ushort, string> readings)
    {
        var output = new PdfBuffer(256 + (readings.Count * 16));
        output.Ascii("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Ascii("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Ascii("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");

        var glyphs = readings.Keys.Order().ToArray();
        for (var start = 0; start < glyphs.Length; start += BlockSize)
        {
            var count = Math.Min(BlockSize, glyphs.Length - start);
            output.Integer(count).Ascii(" beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                output.Byte((byte)'<').GlyphCode(glyphs[i]).Ascii("><");
                foreach (var unit in readings[glyphs[i]])
                {
                    output.GlyphCode(unit);
                }

                output.Ascii(">\n");
            }

            output.Ascii("endbfchar\n");
        }

        output.Ascii("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return output.ToArray();
    }
}
