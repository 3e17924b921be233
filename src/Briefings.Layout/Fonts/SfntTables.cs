using System.Buffers.Binary;

namespace Briefings.Layout.Fonts;

/// <summary>The table directory of an sfnt font (TrueType or CFF outlines): where each table's bytes are.</summary>
internal sealed class SfntTables
{
    private readonly Dictionary<uint, (int Offset, int Length)> tables = [];
    private readonly byte[] font;

    private SfntTables(byte[] font) => this.font = font;

    /// <summary>Reads the directory; null when the bytes are not a single sfnt font (not a collection) with sane tables.</summary>
    public static SfntTables? Read(byte[] font)
    {
        // 1.0 and "true" for TrueType outlines, "OTTO" for CFF ones.
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (0x00010000 or 0x74727565 or 0x4F54544F))
        {
            return null;
        }

        var result = new SfntTables(font);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            if (record + 16 > font.Length)
            {
                return null;
            }

            var tag = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record));
            var offset = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            var length = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
            if (offset > (uint)font.Length || length > (uint)font.Length - offset)
            {
                return null;
            }

            result.tables[tag] = ((int)offset, (int)length);
        }

        return result;
    }

    public static uint Tag(string name) =>
        ((uint)name[0] << 24) | ((uint)name[1] << 16) | ((uint)name[2] << 8) | name[3];

    public bool Has(string name) => tables.ContainsKey(Tag(name));

    /// <summary>The table's bytes, or an empty span when the font has none.</summary>
    public ReadOnlySpan<byte> this[string name] =>
        tables.TryGetValue(Tag(name), out var table) ? font.AsSpan(table.Offset, table.Length) : [];
}
