using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Briefings.Layout.Fonts.Subsetting;
using Briefings.Layout.PdfFile;
using Briefings.Testing;
using HarfBuzzSharp;
using Xunit;

namespace Briefings.Layout.Tests.Subsetting;

/// <summary>
/// The TrueType subsetter the PDF writer uses: kept glyphs keep their outlines and metrics at their ids (read back
/// with HarfBuzz, independently of the subsetter's own parsing), everything else is emptied or dropped, the file is
/// a well-formed sfnt, and fonts it cannot handle give null rather than an exception.
/// </summary>
public sealed class TrueTypeSubsetterTests
{
    private const string Sample = "Hello, Kuril Islands: 1956 Joint Declaration \u2014 \u00C5land, \u00D8resund, fa\u00E7ade, na\u00EFve \u00BFqu\u00E9? \u20AC12.50";

    /// <summary>Every bundled font file, at least one per family the templates use.</summary>
    public static TheoryData<string> BundledFonts { get; } =
    [
        "Caladea-Regular.ttf", "Caladea-Bold.ttf", "Caladea-Italic.ttf", "Caladea-BoldItalic.ttf",
        "Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf",
        "DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf",
    ];

    private static readonly Dictionary<string, byte[]> Files = [];

    private static byte[] Font(string fileName)
    {
        lock (Files)
        {
            if (!Files.TryGetValue(fileName, out var data))
            {
                data = File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "fonts", fileName));
                Files.Add(fileName, data);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void Requested_glyphs_keep_the_extents_and_advances_of_the_full_font(string fileName)
    {
        var font = Font(fileName);
        var requested = CmapGlyphs(font, Sample);
        Assert.True(requested.Count > 20, $"{fileName} maps the sample text to only {requested.Count} glyphs");

        var subset = Subset(font, requested);

        var full = Measure(font);
        var reduced = Measure(subset);
        foreach (var glyph in requested.Append((ushort)0))
        {
            Assert.True(HasOutline(full, glyph) || glyph == 0 || IsBlank(font, glyph), $"{fileName}: glyph {glyph} is empty in the full font");
            Assert.Equal((glyph, Extents(full, glyph)), (glyph, Extents(reduced, glyph)));
            Assert.Equal((glyph, Advance(full, glyph)), (glyph, Advance(reduced, glyph)));
        }
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void A_face_read_in_place_is_the_file_and_subsets_as_the_file_does(string fileName)
    {
        var file = Font(fileName);
        var face = TestFonts.Library.Load(Path.Combine(RepoPaths.Templates, "fonts", fileName));
        var requested = CmapGlyphs(file, Sample);

        Assert.True(face.Bytes.SequenceEqual(file), $"{fileName}: the mapped bytes differ from the file");
        Assert.Equal(Subset(file, requested), TrueTypeSubsetter.TrySubset(face.Bytes, requested));
        Assert.Equal(TrueTypeFacts.Read(file, "x") with { BoundingBox = [] }, TrueTypeFacts.Read(face.Bytes, "x") with { BoundingBox = [] });
        Assert.Equal(TrueTypeFacts.Read(file, "x").BoundingBox, TrueTypeFacts.Read(face.Bytes, "x").BoundingBox);
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void Glyphs_neither_requested_nor_components_are_empty(string fileName)
    {
        var font = Font(fileName);
        var requested = CmapGlyphs(font, Sample);
        var kept = Closure(font, requested);

        var subset = Subset(font, requested);

        var full = Measure(font);
        var reduced = Measure(subset);
        var emptied = 0;
        for (var glyph = 0; glyph < reduced.GlyphCount; glyph++)
        {
            if (kept.Contains(glyph))
            {
                continue;
            }

            Assert.False(HasOutline(reduced, (ushort)glyph), $"{fileName}: glyph {glyph} was neither requested nor a component, yet has an outline");
            Assert.Equal(0, GlyphData(subset, glyph).Length);
            emptied += HasOutline(full, (ushort)glyph) ? 1 : 0;
        }

        Assert.True(emptied > 10, $"{fileName}: only {emptied} glyphs below the last kept one had outlines to drop");
    }

    /// <summary>The bundled fonts with composite glyphs: all but Carlito Bold Italic, whose outlines are all simple.</summary>
    public static TheoryData<string> FontsWithComposites { get; } = [.. BundledFonts.Cast<object[]>().Select(row => (string)row[0]).Where(name => name != "Carlito-BoldItalic.ttf")];

    [Theory]
    [MemberData(nameof(FontsWithComposites))]
    public void Composite_glyphs_requested_alone_keep_their_components(string fileName)
    {
        var font = Font(fileName);
        var full = Measure(font);
        var composites = Enumerable.Range(0, GlyphCount(font)).Where(glyph => ComponentsOf(font, glyph).Count > 0 && HasOutline(full, (ushort)glyph)).ToList();
        Assert.NotEmpty(composites);

        // Nested composites (a component that is itself composite) first, then a spread over the rest.
        var nested = composites.Where(glyph => ComponentsOf(font, glyph).Any(component => ComponentsOf(font, component).Count > 0)).Take(8);
        var spread = composites.Where((_, index) => index % Math.Max(1, composites.Count / 12) == 0).Take(12);
        foreach (var composite in nested.Concat(spread).Distinct())
        {
            var subset = Subset(font, [(ushort)composite]);

            var reduced = Measure(subset);
            Assert.Equal((composite, Extents(full, (ushort)composite)), (composite, Extents(reduced, (ushort)composite)));
            foreach (var component in Closure(font, [(ushort)composite]))
            {
                Assert.Equal((composite, component, GlyphData(font, component).Length > 0), (composite, component, GlyphData(subset, component).Length > 0));
            }

            Assert.Equal(Closure(font, [(ushort)composite]).Max() + 1, reduced.GlyphCount);
        }
    }

    [Fact]
    public void Accented_capital_requested_alone_draws_as_in_the_full_font()
    {
        var font = SubsetFonts.Caladea;
        var full = Measure(font);
        var aRing = CmapGlyphs(font, "\u00C5").Single();
        var components = ComponentsOf(font, aRing);
        Assert.True(components.Count >= 2, $"Caladea's \u00C5 (glyph {aRing}) is expected to be a composite; it has {components.Count} components");

        var subset = Subset(font, [aRing]);

        var reduced = Measure(subset);
        Assert.True(HasOutline(reduced, aRing), "\u00C5 has an outline in the subset");
        Assert.Equal(Extents(full, aRing), Extents(reduced, aRing));
        Assert.Equal(Advance(full, aRing), Advance(reduced, aRing));
        Assert.All(components, component => Assert.True(HasOutline(reduced, (ushort)component) || !HasOutline(full, (ushort)component), $"component {component} kept"));
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void Glyph_count_is_the_last_kept_glyph_plus_one(string fileName)
    {
        var font = Font(fileName);
        var requested = CmapGlyphs(font, "Hello");
        Assert.All(requested, glyph => Assert.Empty(ComponentsOf(font, glyph)));

        var subset = Subset(font, requested);

        var reduced = Measure(subset);
        Assert.Equal(requested.Max() + 1, reduced.GlyphCount);
        Assert.Equal(requested.Max() + 1, GlyphCount(subset));
        Assert.True(GlyphCount(subset) < GlyphCount(font), "glyphs past the last one kept are dropped");
    }

    [Fact]
    public void Requested_ids_past_the_end_of_the_font_are_ignored()
    {
        var font = SubsetFonts.Caladea;
        var h = CmapGlyphs(font, "H").Single();

        var subset = Subset(font, [h, (ushort)GlyphCount(font), 60000, ushort.MaxValue]);

        Assert.Equal(h + 1, GlyphCount(subset));
    }

    [Fact]
    public void Empty_request_keeps_only_the_missing_glyph()
    {
        var font = SubsetFonts.Carlito;

        var subset = Subset(font, []);

        var full = Measure(font);
        var reduced = Measure(subset);
        Assert.Equal(1, reduced.GlyphCount);
        Assert.Equal(Extents(full, 0), Extents(reduced, 0));
        Assert.True(subset.Length < 2_000, $"a subset of .notdef alone is {subset.Length} bytes");
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void Subset_for_a_sentence_is_a_small_fraction_of_the_font(string fileName)
    {
        var font = Font(fileName);

        var subset = Subset(font, CmapGlyphs(font, "Hello from the Northern Territories"));

        Assert.True(subset.Length * 8 < font.Length, $"{fileName}: subset {subset.Length} bytes vs font {font.Length} bytes");
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void Same_request_gives_the_same_bytes(string fileName)
    {
        var font = Font(fileName);
        var requested = CmapGlyphs(font, Sample);

        var first = Subset(font, requested);
        var second = Subset(font, requested.AsEnumerable().Reverse().Concat(requested).ToList());

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void Table_checksums_and_the_whole_file_checksum_are_right(string fileName)
    {
        var font = Font(fileName);

        var subset = Subset(font, CmapGlyphs(font, Sample));

        var directory = TableDirectory(subset);
        foreach (var (tag, (checksum, offset, length)) in directory)
        {
            Assert.Equal(0, offset % 4);
            Assert.True((long)offset + length <= subset.Length, $"{tag} ends past the file");
            var table = subset.AsSpan(offset, Math.Min((length + 3) & ~3, subset.Length - offset)).ToArray();
            if (tag == "head")
            {
                // The head table's checksum is taken with checkSumAdjustment zeroed (OpenType spec, 'head').
                table.AsSpan(8, 4).Clear();
            }

            Assert.Equal((tag, checksum), (tag, Checksum(table)));
        }

        Assert.Equal(0xB1B0AFBAu, Checksum(subset));
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void Subset_holds_only_the_embedding_tables_with_consistent_counts(string fileName)
    {
        var font = Font(fileName);

        var subset = Subset(font, CmapGlyphs(font, Sample));

        var directory = TableDirectory(subset);
        Assert.Equal(["OS/2", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post"], directory.Keys.ToArray());
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(subset));
        var count = BinaryPrimitives.ReadUInt16BigEndian(subset.AsSpan(4));
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        Assert.Equal((16 << entrySelector, entrySelector, (count * 16) - (16 << entrySelector)), (BinaryPrimitives.ReadUInt16BigEndian(subset.AsSpan(6)), (int)BinaryPrimitives.ReadUInt16BigEndian(subset.AsSpan(8)), (int)BinaryPrimitives.ReadUInt16BigEndian(subset.AsSpan(10))));

        var glyphs = GlyphCount(subset);
        var post = Table(subset, "post");
        Assert.Equal((0x00030000u, 32), (BinaryPrimitives.ReadUInt32BigEndian(post), post.Length));
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(Table(subset, "hhea")[34..]);
        Assert.InRange(metrics, 1, glyphs);
        Assert.Equal((4 * metrics) + (2 * (glyphs - metrics)), Table(subset, "hmtx").Length);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(Table(subset, "head")[50..]) == 1;
        Assert.Equal((longOffsets ? 4 : 2) * (glyphs + 1), Table(subset, "loca").Length);
        Assert.Equal(Table(font, "OS/2").ToArray(), Table(subset, "OS/2").ToArray());
    }

    [Theory]
    [MemberData(nameof(BundledFonts))]
    public void Kept_glyphs_have_no_instructions(string fileName)
    {
        var font = Font(fileName);
        var requested = CmapGlyphs(font, Sample);

        var subset = Subset(font, requested);

        var hinted = 0;
        foreach (var glyph in Closure(font, requested))
        {
            hinted += InstructionLength(font, glyph) > 0 ? 1 : 0;
            Assert.Equal((glyph, 0), (glyph, InstructionLength(subset, glyph)));
        }

        Assert.True(hinted > 0 || fileName.StartsWith("Caladea", StringComparison.Ordinal), $"{fileName}: no kept glyph had instructions to remove");
    }

    [Fact]
    public void Random_glyph_sets_keep_their_outlines_and_empty_the_rest()
    {
        var font = SubsetFonts.Caladea;
        var glyphCount = GlyphCount(font);
        var random = new Random(20250408);
        var full = Measure(font);
        for (var round = 0; round < 50; round++)
        {
            var requested = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (ushort)random.Next(glyphCount)).ToList();
            var kept = Closure(font, requested);

            var subset = Subset(font, requested);

            var reduced = Measure(subset);
            Assert.Equal((round, kept.Max() + 1), (round, reduced.GlyphCount));
            for (var glyph = 0; glyph < reduced.GlyphCount; glyph++)
            {
                if (kept.Contains(glyph))
                {
                    Assert.Equal((round, glyph, Extents(full, (ushort)glyph)), (round, glyph, Extents(reduced, (ushort)glyph)));
                    Assert.Equal((round, glyph, Advance(full, (ushort)glyph)), (round, glyph, Advance(reduced, (ushort)glyph)));
                }
                else
                {
                    Assert.False(HasOutline(reduced, (ushort)glyph), $"round {round}: glyph {glyph} not kept but has an outline");
                }
            }
        }
    }

    public static TheoryData<string, byte[]> NotFonts { get; } = new()
    {
        { "empty", [] },
        { "eleven bytes", new byte[11] },
        { "twelve zero bytes", new byte[12] },
        { "text", Encoding.ASCII.GetBytes("This is not a font, it is a sentence long enough to have a header.") },
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n") },
        { "CFF OpenType header", [0x4F, 0x54, 0x54, 0x4F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { "collection header", [0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 12] },
        { "sfnt header claiming 40 tables", [0, 1, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { "sfnt header without tables", [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(NotFonts))]
    public void Bytes_that_are_not_a_TrueType_font_give_null(string description, byte[] data)
    {
        Assert.True(TrueTypeSubsetter.TrySubset(data, [0, 1, 2]) is null, description);
    }

    [Fact]
    public void Random_bytes_give_null_without_an_exception()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var data = new byte[random.Next(0, 2000)];
            random.NextBytes(data);
            if (round % 2 == 0 && data.Length >= 4)
            {
                // Half of them start like a TrueType font, to get past the first check.
                BinaryPrimitives.WriteUInt32BigEndian(data, 0x00010000);
            }

            Assert.True(TrueTypeSubsetter.TrySubset(data, [0, 5, 17]) is null, $"round {round}: {data.Length} random bytes read as a font");
        }
    }

    [Theory]
    [InlineData("Caladea-Regular.ttf")]
    [InlineData("Carlito-Regular.ttf")]
    [InlineData("DejaVuSans.ttf")]
    public void Font_cut_short_before_its_last_table_ends_gives_null(string fileName)
    {
        var font = Font(fileName);
        var tablesEnd = TableDirectory(font).Values.Max(table => table.Offset + table.Length);
        var requested = CmapGlyphs(font, Sample);

        foreach (var length in new[] { 0, 4, 11, 12, 30, 100, 12 + (16 * 5), font.Length / 3, font.Length / 2, tablesEnd - 1 })
        {
            var truncated = font.AsSpan(0, length).ToArray();
            Assert.True(TrueTypeSubsetter.TrySubset(truncated, requested) is null, $"{fileName} cut to {length} bytes");
        }
    }

    [Theory]
    [InlineData("Caladea-Regular.ttf")]
    [InlineData("Carlito-Regular.ttf")]
    [InlineData("DejaVuSans.ttf")]
    public void Font_whose_loca_points_just_past_glyf_gives_null(string fileName)
    {
        var font = Font(fileName).ToArray();
        var glyph = CmapGlyphs(font, "H").Single();
        var glyfLength = TableDirectory(font)["glyf"].Length;

        // The end of H's outline (the next glyph's start) a little past the end of glyf.
        SetLocaEntry(font, glyph + 1, (uint)glyfLength + 8);

        Assert.Null(TrueTypeSubsetter.TrySubset(font, [glyph]));
    }

    [Fact]
    public void Font_whose_long_loca_points_far_past_glyf_gives_null()
    {
        var font = SubsetFonts.Carlito.ToArray();
        Assert.Equal(1, BinaryPrimitives.ReadInt16BigEndian(Table(font, "head")[50..]));
        var glyph = CmapGlyphs(font, "H").Single();
        Assert.True(GlyphData(font, glyph).Length > 0);

        // An offset with the top bit set: past any glyf table.
        SetLocaEntry(font, glyph + 1, 0xFFFF_FF00);

        Assert.Null(TrueTypeSubsetter.TrySubset(font, [glyph]));
    }

    [Fact]
    public void Font_whose_composite_claims_more_components_than_it_holds_gives_no_exception()
    {
        var font = SubsetFonts.Caladea.ToArray();
        var aRing = CmapGlyphs(font, "\u00C5").Single();
        var glyfOffset = TableDirectory(font)["glyf"].Offset;
        var start = glyfOffset + LocaEntry(font, aRing);

        // The composite's last component claims more follow, so the reader runs on past the glyph's data.
        var position = start + 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(position));
            if ((flags & 0x0020) == 0)
            {
                BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(position), (ushort)(flags | 0x0020));
                break;
            }

            position += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
        }
        while (true);

        var exception = Record.Exception(() => TrueTypeSubsetter.TrySubset(font, [aRing]));

        Assert.Null(exception);
    }

    [Fact]
    public void Font_whose_maxp_counts_more_glyphs_than_loca_holds_gives_null()
    {
        var font = SubsetFonts.Caladea.ToArray();
        var maxpOffset = TableDirectory(font)["maxp"].Offset;
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(maxpOffset + 4), 60000);

        Assert.Null(TrueTypeSubsetter.TrySubset(font, [59999]));
    }

    [Fact]
    public void Font_without_glyf_gives_null()
    {
        var font = SubsetFonts.Caladea.ToArray();
        var record = DirectoryRecord(font, "glyf");
        Encoding.ASCII.GetBytes("xxxx").CopyTo(font, record);

        Assert.Null(TrueTypeSubsetter.TrySubset(font, [0, 1]));
    }

    [Fact]
    public void Font_whose_table_runs_past_the_file_gives_null()
    {
        var font = SubsetFonts.Caladea.ToArray();
        var record = DirectoryRecord(font, "hmtx");
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)font.Length);

        Assert.Null(TrueTypeSubsetter.TrySubset(font, [0, 1]));
    }

    private static byte[] Subset(byte[] font, IEnumerable<ushort> glyphs) =>
        TrueTypeSubsetter.TrySubset(font, glyphs) ?? throw new Xunit.Sdk.XunitException("the subsetter gave null for a bundled TrueType font");

    /// <summary>
    /// Every glyph's ink box and advance as HarfBuzz reads them (font units), read once: the oracle, independent of
    /// the subsetter's own parsing. The bytes go to native memory the blob owns, as <see cref="InspectedFont"/> explains.
    /// </summary>
    private static (int GlyphCount, (int X, int Y, int Width, int Height)[] Extents, int[] Advances) Measure(byte[] data)
    {
        var memory = Marshal.AllocHGlobal(Math.Max(1, data.Length));
        Marshal.Copy(data, 0, memory, data.Length);
        using var blob = new Blob(memory, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        using var face = new Face(blob, 0);
        using var font = new HarfBuzzSharp.Font(face);
        font.SetFunctionsOpenType();
        var count = face.GlyphCount;
        var extents = new (int, int, int, int)[count];
        var advances = new int[count];
        for (var glyph = 0; glyph < count; glyph++)
        {
            if (font.TryGetGlyphExtents((uint)glyph, out var box))
            {
                extents[glyph] = (box.XBearing, box.YBearing, box.Width, box.Height);
            }

            advances[glyph] = font.GetHorizontalGlyphAdvance((uint)glyph);
        }

        return (count, extents, advances);
    }

    private static (int X, int Y, int Width, int Height) Extents((int GlyphCount, (int X, int Y, int Width, int Height)[] Extents, int[] Advances) metrics, int glyph) =>
        glyph < metrics.GlyphCount ? metrics.Extents[glyph] : throw new Xunit.Sdk.XunitException($"glyph {glyph} is past the font's {metrics.GlyphCount} glyphs");

    private static int Advance((int GlyphCount, (int X, int Y, int Width, int Height)[] Extents, int[] Advances) metrics, int glyph) =>
        glyph < metrics.GlyphCount ? metrics.Advances[glyph] : throw new Xunit.Sdk.XunitException($"glyph {glyph} is past the font's {metrics.GlyphCount} glyphs");

    private static bool HasOutline((int GlyphCount, (int X, int Y, int Width, int Height)[] Extents, int[] Advances) metrics, int glyph) =>
        glyph < metrics.GlyphCount && metrics.Extents[glyph] is { Width: not 0, Height: not 0 };

    /// <summary>The cmap glyphs of the text's characters (those the font maps), distinct and sorted.</summary>
    private static List<ushort> CmapGlyphs(byte[] font, string text)
    {
        using var view = new InspectedFont(font);
        return [.. text.EnumerateRunes().Select(rune => view.Glyph(rune.Value)).Where(glyph => glyph != 0).Distinct().Order()];
    }

    /// <summary>Whether the glyph has no outline data in the font (a space).</summary>
    private static bool IsBlank(byte[] font, int glyph) => GlyphData(font, glyph).Length == 0;

    /// <summary>The glyphs a subset must keep: glyph 0, the requested ones in the font, and their components, recursively.</summary>
    private static SortedSet<int> Closure(byte[] font, IEnumerable<ushort> requested)
    {
        var count = GlyphCount(font);
        var kept = new SortedSet<int>();
        var pending = new Stack<int>(requested.Where(glyph => glyph < count).Select(glyph => (int)glyph).Append(0));
        while (pending.TryPop(out var glyph))
        {
            if (kept.Add(glyph))
            {
                foreach (var component in ComponentsOf(font, glyph))
                {
                    pending.Push(component);
                }
            }
        }

        return kept;
    }

    private static int GlyphCount(byte[] font) => BinaryPrimitives.ReadUInt16BigEndian(Table(font, "maxp")[4..]);

    private static int LocaEntry(byte[] font, int glyph)
    {
        var loca = Table(font, "loca");
        return BinaryPrimitives.ReadInt16BigEndian(Table(font, "head")[50..]) == 1
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..])
            : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);
    }

    private static void SetLocaEntry(byte[] font, int glyph, uint offset)
    {
        var locaOffset = TableDirectory(font)["loca"].Offset;
        if (BinaryPrimitives.ReadInt16BigEndian(Table(font, "head")[50..]) == 1)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(locaOffset + (4 * glyph)), offset);
        }
        else
        {
            BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(locaOffset + (2 * glyph)), (ushort)Math.Min(offset / 2, ushort.MaxValue));
        }
    }

    private static ReadOnlySpan<byte> GlyphData(byte[] font, int glyph)
    {
        var start = LocaEntry(font, glyph);
        var end = LocaEntry(font, glyph + 1);
        return end > start ? Table(font, "glyf")[start..end] : [];
    }

    /// <summary>A composite glyph's components, read here rather than through the subsetter, so a bug there cannot hide itself.</summary>
    private static List<int> ComponentsOf(byte[] font, int glyph)
    {
        var outline = GlyphData(font, glyph);
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
            position += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
        }
        while ((flags & 0x20) != 0);

        return components;
    }

    /// <summary>The length of the glyph's instructions: a simple glyph's instruction count, or for a composite whether it says it has any.</summary>
    private static int InstructionLength(byte[] font, int glyph)
    {
        var outline = GlyphData(font, glyph);
        if (outline.Length < 10)
        {
            return 0;
        }

        int contours = BinaryPrimitives.ReadInt16BigEndian(outline);
        if (contours >= 0)
        {
            return BinaryPrimitives.ReadUInt16BigEndian(outline[(10 + (2 * contours))..]);
        }

        var position = 10;
        var instructions = false;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(outline[position..]);
            instructions |= (flags & 0x0100) != 0;
            position += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
        }
        while ((flags & 0x20) != 0);

        return instructions ? 1 : 0;
    }

    private static ReadOnlySpan<byte> Table(byte[] font, string tag)
    {
        var table = TableDirectory(font)[tag];
        return font.AsSpan(table.Offset, table.Length);
    }

    private static int DirectoryRecord(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            if (Encoding.ASCII.GetString(font, 12 + (16 * i), 4) == tag)
            {
                return 12 + (16 * i);
            }
        }

        throw new KeyNotFoundException(tag);
    }

    /// <summary>The table directory in file order: tag to (checksum, offset, length).</summary>
    private static SortedDictionary<string, (uint Checksum, int Offset, int Length)> TableDirectory(byte[] font)
    {
        var tables = new SortedDictionary<string, (uint, int, int)>(StringComparer.Ordinal);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            tables.Add(
                Encoding.ASCII.GetString(record[..4]),
                (BinaryPrimitives.ReadUInt32BigEndian(record[4..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }

        return tables;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < data.Length; i += 4)
        {
            word.Clear();
            data.Slice(i, Math.Min(4, data.Length - i)).CopyTo(word);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(word));
        }

        return sum;
    }
}
