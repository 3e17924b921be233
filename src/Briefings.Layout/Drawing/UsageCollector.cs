using Briefings.Layout.Fonts;

namespace Briefings.Layout.Drawing;

/// <summary>
/// What a counting pass has drawn of one font. Every glyph of every pass is recorded, so recording is a bit
/// per glyph id and a hash set of code points; the sorted <see cref="FontUsage"/> is built once, when asked.
/// </summary>
internal sealed class UsageCollector
{
    private readonly GlyphSet glyphs = new(ushort.MaxValue + 1);
    private readonly HashSet<int> codepoints = [];

    public void Add(ShapedRun run)
    {
        foreach (var glyph in run.Glyphs)
        {
            glyphs.Add(glyph);
        }

        foreach (var rune in run.Text.EnumerateRunes())
        {
            codepoints.Add(rune.Value);
        }
    }

    public FontUsage ToUsage()
    {
        var usage = new FontUsage();
        usage.Glyphs.UnionWith(glyphs.Members());
        usage.Codepoints.UnionWith(codepoints);
        return usage;
    }
}
