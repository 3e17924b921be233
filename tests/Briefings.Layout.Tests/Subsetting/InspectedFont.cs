using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using HarfBuzzSharp;

namespace Briefings.Layout.Tests.Subsetting;

/// <summary>
/// A font file opened with HarfBuzz to look inside a subset: its cmap, glyph count, outlines and family name.
/// The bytes are copied to native memory the blob owns, for the reason FontFace gives: HarfBuzzSharp pins a
/// managed array only while the blob is created.
/// </summary>
internal sealed class InspectedFont : IDisposable
{
    private readonly Blob blob;
    private readonly Face face;
    private readonly Font font;

    public InspectedFont(byte[] data)
    {
        var memory = Marshal.AllocHGlobal(Math.Max(1, data.Length));
        Marshal.Copy(data, 0, memory, data.Length);
        blob = new Blob(memory, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        face = new Face(blob, 0);
        font = new Font(face);
        font.SetFunctionsOpenType();
    }

    public int GlyphCount => face.GlyphCount;

    /// <summary>The family name (name id 1) from the Windows Unicode record of the name table.</summary>
    public string FamilyName
    {
        get
        {
            using var table = face.ReferenceTable(Tag.Parse("name"));
            var name = table.AsSpan();
            var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
            var storage = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
            for (var index = 0; index < count; index++)
            {
                var record = name.Slice(6 + (index * 12), 12);
                var (platform, encoding, nameId) = (BinaryPrimitives.ReadUInt16BigEndian(record), BinaryPrimitives.ReadUInt16BigEndian(record[2..]), BinaryPrimitives.ReadUInt16BigEndian(record[6..]));
                if (platform == 3 && encoding == 1 && nameId == 1)
                {
                    var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
                    var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
                    return Encoding.BigEndianUnicode.GetString(name.Slice(storage + offset, length));
                }
            }

            throw new InvalidDataException("the font has no Windows Unicode family name");
        }
    }

    /// <summary>The glyph the cmap maps <paramref name="codepoint"/> to, 0 (.notdef) if none.</summary>
    public ushort Glyph(int codepoint) => font.TryGetNominalGlyph(codepoint, out var glyph) ? (ushort)glyph : (ushort)0;

    /// <summary>The cmap glyph of each character of <paramref name="text"/>, in order, as a drawing library would look them up.</summary>
    public ushort[] Glyphs(string text) => [.. text.EnumerateRunes().Select(rune => Glyph(rune.Value))];

    /// <summary>Whether the glyph has an outline: an ink box of some size (a glyph emptied by subsetting has none).</summary>
    public bool HasOutline(ushort glyph) => font.TryGetGlyphExtents(glyph, out var extents) && extents.Width != 0 && extents.Height != 0;

    public void Dispose()
    {
        font.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
