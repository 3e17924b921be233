using System.Buffers.Binary;

namespace Briefings.Layout.Fonts.Subsetting;

/// <summary>
/// Assembles a TrueType font file from its tables (OpenType spec, "Organization of an OpenType font"): the
/// directory sorted by tag, every table on a four-byte boundary with its checksum, and head's checkSumAdjustment
/// set so the whole file sums to 0xB1B0AFBA.
/// </summary>
internal static class SfntWriter
{
    public static byte[] Write(SortedDictionary<uint, byte[]> tables)
    {
        var count = tables.Count;
        var directoryLength = 12 + (16 * count);
        var length = directoryLength;
        foreach (var table in tables.Values)
        {
            length += (table.Length + 3) & ~3;
        }

        var font = new byte[length];
        var span = font.AsSpan();
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - searchRange));

        var record = 12;
        var offset = directoryLength;
        var headOffset = -1;
        var headTag = SfntTables.Tag("head");
        foreach (var (tag, table) in tables)
        {
            if (tag == headTag)
            {
                // The adjustment is computed over the file with this field zeroed.
                BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 0);
                headOffset = offset;
            }

            table.CopyTo(span[offset..]);
            BinaryPrimitives.WriteUInt32BigEndian(span[record..], tag);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 4)..], Checksum(span.Slice(offset, (table.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 8)..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 12)..], (uint)table.Length);
            record += 16;
            offset += (table.Length + 3) & ~3;
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(span)));
        }

        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }
}
