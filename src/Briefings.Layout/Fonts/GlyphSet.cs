using System.Numerics;
using System.Runtime.InteropServices;

namespace Briefings.Layout.Fonts;

/// <summary>
/// Glyph ids of one font as a bit per id: what a document uses of it, recorded for every glyph drawn, so adding
/// is a bit set and listing visits only the ids present.
/// </summary>
internal sealed class GlyphSet(int count)
{
    private readonly ulong[] bits = new ulong[(count + 63) / 64];

    /// <summary>Adds the glyph; an id at or past <c>count</c> is not a glyph of the font and is ignored.</summary>
    public void Add(ushort glyph)
    {
        if (glyph < count)
        {
            bits[glyph >> 6] |= 1UL << (glyph & 63);
        }
    }

    public bool Contains(ushort glyph) => glyph < count && (bits[glyph >> 6] & (1UL << (glyph & 63))) != 0;

    /// <summary>The glyphs in ascending order.</summary>
    public IEnumerable<ushort> Members()
    {
        for (var word = 0; word < bits.Length; word++)
        {
            for (var set = bits[word]; set != 0; set &= set - 1)
            {
                yield return (ushort)((word << 6) + BitOperations.TrailingZeroCount(set));
            }
        }
    }

    /// <summary>The bits as bytes, to derive a name from the set.</summary>
    public ReadOnlySpan<byte> AsBytes() => MemoryMarshal.AsBytes(bits.AsSpan());
}
