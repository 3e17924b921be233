using System.Buffers.Binary;
using System.Text;
using Briefings.Layout.Fonts;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// What a PDF font descriptor says about a TrueType font (ISO 32000-1 §9.8), read from the font's own tables:
/// its PostScript name (name), bounding box (head), ascent and descent (hhea), cap height (OS/2) and italic angle
/// (post), in font units. A table that is missing leaves a neutral value: the descriptor is advice to a reader
/// that lacks the font, and every font here is embedded.
/// </summary>
internal sealed record TrueTypeFacts(string PostScriptName, int UnitsPerEm, short[] BoundingBox, short Ascent, short Descent, short CapHeight, double ItalicAngle)
{
    public static TrueTypeFacts Read(ReadOnlySpan<byte> font, string fallbackName)
    {
        var tables = SfntTables.Read(font);
        var head = tables["head"];
        var hhea = tables["hhea"];
        var os2 = tables["OS/2"];
        var post = tables["post"];
        var unitsPerEm = head.Length >= 54 ? BinaryPrimitives.ReadUInt16BigEndian(head[18..]) : 1000;
        short[] box = head.Length >= 54
            ? [Int16(head, 36), Int16(head, 38), Int16(head, 40), Int16(head, 42)]
            : [0, (short)(-unitsPerEm / 4), (short)unitsPerEm, (short)unitsPerEm];
        var ascent = hhea.Length >= 8 ? Int16(hhea, 4) : box[3];
        var descent = hhea.Length >= 8 ? Int16(hhea, 6) : box[1];
        var capHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? Int16(os2, 88) : ascent;
        var italicAngle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        return new TrueTypeFacts(NameRecord(tables["name"]) ?? Sanitised(fallbackName), unitsPerEm, box, ascent, descent, capHeight, italicAngle);
    }

    private static short Int16(ReadOnlySpan<byte> table, int offset) => BinaryPrimitives.ReadInt16BigEndian(table[offset..]);

    /// <summary>Name id 6 from the Windows (UTF-16) or Macintosh (Roman) records, cleaned to what a PDF name may hold.</summary>
    private static string? NameRecord(ReadOnlySpan<byte> table)
    {
        if (table.Length < 6)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = 6 + (12 * i);
            if (record + 12 > table.Length)
            {
                return null;
            }

            var platform = BinaryPrimitives.ReadUInt16BigEndian(table[record..]);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(table[(record + 6)..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(table[(record + 8)..]);
            var offset = strings + BinaryPrimitives.ReadUInt16BigEndian(table[(record + 10)..]);
            if (nameId != 6 || platform is not (1 or 3) || offset + length > table.Length)
            {
                continue;
            }

            var bytes = table.Slice(offset, length);
            var name = platform == 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            var cleaned = Sanitised(name);
            if (cleaned.Length > 0)
            {
                return cleaned;
            }
        }

        return null;
    }

    private static string Sanitised(string name)
    {
        var kept = name.Where(c => c is > ' ' and < '\x7F' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%' or '#')).ToArray();
        return kept.Length > 0 ? new string(kept) : "Font";
    }
}
