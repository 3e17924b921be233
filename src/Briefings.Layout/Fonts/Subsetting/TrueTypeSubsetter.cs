using System.Buffers.Binary;

namespace Briefings.Layout.Fonts.Subsetting;

/// <summary>
/// Cuts a TrueType-outline font down to the glyphs a PDF draws, in a fraction of the time a general subsetter
/// takes (docs/benchmarks.md): the outlines of the glyphs used and of the components they are built from, at
/// their original ids (the PDF addresses glyphs by id, CIDToGIDMap Identity), every other glyph empty, glyph
/// ids past the last one used dropped, and hinting removed (viewers rasterise outlines themselves). What a PDF
/// embedding needs is kept (ISO 32000-1 §9.9: head, hhea, hmtx, loca, glyf, maxp) with OS/2 and a version 3
/// post table; cmap, names (the PDF's font dictionary names the font), layout tables and hinting programs are
/// not, since the PDF addresses glyphs directly.
/// </summary>
internal static class TrueTypeSubsetter
{
    private const ushort ArgumentsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXAndYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;
    private const ushort HasInstructions = 0x0100;

    /// <summary>
    /// The subset, or null when the font is not one this subsetter handles (CFF outlines, a collection, damaged
    /// tables): the caller then uses the general subsetter.
    /// </summary>
    public static byte[]? TrySubset(ReadOnlySpan<byte> font, IEnumerable<ushort> glyphs)
    {
        var tables = SfntTables.Read(font);
        if (!tables.IsValid || !tables.Has("glyf") || !tables.Has("loca") || tables["head"].Length < 54
            || tables["maxp"].Length < 6 || tables["hhea"].Length < 36 || !tables.Has("hmtx"))
        {
            return null;
        }

        try
        {
            return Subset(tables, glyphs);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Offsets pointing outside their table: leave such a font to the general subsetter, which checks more.
            return null;
        }
    }

    private static byte[] Subset(SfntTables tables, IEnumerable<ushort> requested)
    {
        var head = tables["head"];
        var glyf = tables["glyf"];
        var loca = tables["loca"];
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"][4..]);

        var kept = new bool[glyphCount];
        var pending = new Stack<int>();
        pending.Push(0);
        foreach (var glyph in requested)
        {
            if (glyph < glyphCount)
            {
                pending.Push(glyph);
            }
        }

        var last = 0;
        // The kept outlines' length, each padded to 4 bytes: what the new glyf table holds at most.
        var keptLength = 0;
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (kept[glyph])
            {
                continue;
            }

            kept[glyph] = true;
            last = Math.Max(last, glyph);
            var outline = Outline(glyf, loca, longOffsets, glyph);
            keptLength += outline.Length + 3;
            foreach (var component in Components(outline))
            {
                if (component < glyphCount)
                {
                    pending.Push(component);
                }
            }
        }

        var count = last + 1;
        var newGlyf = new MemoryStream(keptLength);
        var newLoca = new byte[4 * (count + 1)];
        for (var glyph = 0; glyph < count; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyph), (uint)newGlyf.Length);
            if (kept[glyph])
            {
                WithoutInstructions(Outline(glyf, loca, longOffsets, glyph), newGlyf);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * count), (uint)newGlyf.Length);

        // Offsets are even (outlines are padded), so when the table is under 128 KiB they fit the short form,
        // half the size.
        var shortOffsets = newGlyf.Length < 0x20000;
        if (shortOffsets)
        {
            var halved = new byte[2 * (count + 1)];
            for (var glyph = 0; glyph <= count; glyph++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(halved.AsSpan(2 * glyph), (ushort)(BinaryPrimitives.ReadUInt32BigEndian(newLoca.AsSpan(4 * glyph)) / 2));
            }

            newLoca = halved;
        }

        var newHead = head.ToArray();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), (short)(shortOffsets ? 0 : 1));
        var newMaxp = tables["maxp"].ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)count);

        // hmtx: full metrics for the first numberOfHMetrics glyphs, then left side bearings only.
        var newHhea = tables["hhea"].ToArray();
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(newHhea.AsSpan(34));
        var keptMetrics = Math.Min(metrics, count);
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)keptMetrics);
        var hmtxLength = (4 * keptMetrics) + (2 * (count - keptMetrics));
        var newHmtx = tables["hmtx"][..hmtxLength].ToArray();

        var result = new SortedDictionary<uint, byte[]>
        {
            [SfntTables.Tag("head")] = newHead,
            [SfntTables.Tag("hhea")] = newHhea,
            [SfntTables.Tag("maxp")] = newMaxp,
            [SfntTables.Tag("hmtx")] = newHmtx,
            [SfntTables.Tag("loca")] = newLoca,
            [SfntTables.Tag("glyf")] = newGlyf.ToArray(),
        };
        if (tables.Has("OS/2"))
        {
            result[SfntTables.Tag("OS/2")] = tables["OS/2"].ToArray();
        }

        if (tables["post"].Length >= 32)
        {
            // Version 3: the header (italic angle, underline) without glyph names.
            var post = tables["post"][..32].ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
            result[SfntTables.Tag("post")] = post;
        }

        return SfntWriter.Write(result);
    }

    private static ReadOnlySpan<byte> Outline(ReadOnlySpan<byte> glyf, ReadOnlySpan<byte> loca, bool longOffsets, int glyph)
    {
        long start, end;
        if (longOffsets)
        {
            start = BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..]);
            end = BinaryPrimitives.ReadUInt32BigEndian(loca[((4 * glyph) + 4)..]);
        }
        else
        {
            start = 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);
            end = 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[((2 * glyph) + 2)..]);
        }

        // Offsets that go backwards or past the table are damage, not an empty glyph.
        if (end < start || end > glyf.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(glyph), $"the location of glyph {glyph} is outside the glyf table");
        }

        return glyf[(int)start..(int)end];
    }

    /// <summary>The glyphs a composite glyph is built from (none for a simple or empty glyph).</summary>
    private static List<int> Components(ReadOnlySpan<byte> outline)
    {
        var components = new List<int>();
        if (outline.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(outline) >= 0)
        {
            return components;
        }

        var position = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(outline[position..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(outline[(position + 2)..]));
            position += ComponentLength(flags);
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }

    private static int ComponentLength(ushort flags) =>
        4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2)
        + ((flags & HasScale) != 0 ? 2 : (flags & HasXAndYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0);

    /// <summary>Writes the outline with its TrueType instructions (hinting) left out.</summary>
    private static void WithoutInstructions(ReadOnlySpan<byte> outline, Stream output)
    {
        if (outline.Length < 10)
        {
            return;
        }

        int contours = BinaryPrimitives.ReadInt16BigEndian(outline);
        if (contours >= 0)
        {
            var instructionsAt = 10 + (2 * contours);
            var instructionLength = BinaryPrimitives.ReadUInt16BigEndian(outline[instructionsAt..]);
            output.Write(outline[..instructionsAt]);
            output.Write([0, 0]);
            output.Write(outline[(instructionsAt + 2 + instructionLength)..]);
            return;
        }

        var copy = outline.ToArray();
        var position = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(position));
            BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(position), (ushort)(flags & ~HasInstructions));
            position += ComponentLength(flags);
        }
        while ((flags & MoreComponents) != 0);

        output.Write(copy, 0, position);
    }
}
