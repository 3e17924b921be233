namespace Briefings.Layout.Drawing;

/// <summary>The glyphs and characters a document draws with one font.</summary>
public sealed class FontUsage
{
    public SortedSet<ushort> Glyphs { get; } = [];

    public SortedSet<int> Codepoints { get; } = [];
}
