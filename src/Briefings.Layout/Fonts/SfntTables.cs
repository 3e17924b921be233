using System.Buffers.Binary;

namespace Briefings.Layout.Fonts;

/// <summary>
/// The table directory of an sfnt font (TrueType or CFF outlines): where each table's bytes are. Over a span, so
/// that a font is read where the operating system maps it (<see cref="FontFace.Bytes"/>), without a copy.
/// </summary>
internal readonly ref struct SfntTables
{
    private readonly Dictionary<uint, (int Offset, int Length)>? tables;
    private readonly ReadOnlySpan<byte> font;

    private SfntTables(ReadOnlySpan<byte> font, Dictionary<uint, (int Offset, int Length)> tables)
    {
        this.font = font;
        this.tables = tables;
    }

    /// <summary>False when the bytes were not a single sfnt font (not a collection) with sane tables: then it has no table.</summary>
    public bool IsValid => tables is not null;

    /// <summary>Reads the directory; an invalid one (<see cref="IsValid"/>) when the bytes are not a single sfnt font with sane tables.</summary>
    public static SfntTables Read(ReadOnlySpan<byte> font)
    {
        // 1.0 and "true" for TrueType outlines, "OTTO" for CFF ones.
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (0x00010000 or 0x74727565 or 0x4F54544F))
        {
            return default;
        }

        var tables = new Dictionary<uint, (int Offset, int Length)>();
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            if (record + 16 > font.Length)
            {
                return default;
            }

            var tag = BinaryPrimitives.ReadUInt32BigEndian(font[record..]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]);
            if (offset > (uint)font.Length || length > (uint)font.Length - offset)
            {
                return default;
            }

            tables[tag] = ((int)offset, (int)length);
        }

        return new SfntTables(font, tables);
    }

    public static uint Tag(string name) =>
        ((uint)name[0] << 24) | ((uint)name[1] << 16) | ((uint)name[2] << 8) | name[3];

    public bool Has(string name) => tables?.ContainsKey(Tag(name)) == true;

    /// <summary>The table's bytes, or an empty span when the font has none.</summary>
    public ReadOnlySpan<byte> this[string name] =>
        tables is not null && tables.TryGetValue(Tag(name), out var table) ? font.Slice(table.Offset, table.Length) : [];
}
