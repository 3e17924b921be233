using Briefings.Layout.Fonts;

namespace Briefings.Layout.Drawing;

/// <summary>
/// What a counting pass has drawn of one font. Every glyph of every pass is recorded, so recording is a bit
/// per glyph id and a hash set of code points; the sorted <see cref="FontUsage"/> is built once, when asked.
/// </summary>
internal sealed class UsageCollector
{
    private readonly ulong[] glyphs = new ulong[(ushort.MaxValue + 1) / 64];
    private readonly HashSet<int> codepoints = [];

    public void Add(ShapedRun run)
    {
        foreach (var glyph in run.Glyphs)
        {
            glyphs[glyph >> 6] |= 1UL << (glyph & 63);
        }

        foreach (var rune in run.Text.EnumerateRunes())
        {
            codepoints.Add(rune.Value);
        }
    }

    public FontUsage ToUsage()
    {
        var usage = new FontUsage();
        for (var word = 0; word < glyphs.Length; word++)
        {
            // Only the set bits: most of the 65,536 possible glyph ids are never used.
            for (var bits = glyphs[word]; bits != 0; bits &= bits - 1)
            {
                usage.Glyphs.Add((ushort)((word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)));
            }
        }

        usage.Codepoints.UnionWith(codepoints);
        return usage;
    }
}
