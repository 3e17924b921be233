namespace Briefings.Layout.Fonts;

/// <summary>
/// The glyphs HarfBuzz chose for one piece of text in one font, in font units (multiply by size / units-per-em).
/// <see cref="Clusters"/> are UTF-16 indices into <see cref="Text"/>, so glyphs map back to characters.
/// </summary>
public sealed class ShapedRun
{
    public ShapedRun(FontFace face, string text, ushort[] glyphs, int[] advances, int[] offsetsX, int[] offsetsY, int[] clusters)
    {
        Face = face;
        Text = text;
        Glyphs = glyphs;
        Advances = advances;
        OffsetsX = offsetsX;
        OffsetsY = offsetsY;
        Clusters = clusters;
        var total = 0L;
        foreach (var advance in advances)
        {
            total += advance;
        }

        AdvanceUnits = total;
    }

    public FontFace Face { get; }

    public string Text { get; }

    public ushort[] Glyphs { get; }

    public int[] Advances { get; }

    public int[] OffsetsX { get; }

    public int[] OffsetsY { get; }

    public int[] Clusters { get; }

    public long AdvanceUnits { get; }

    public double Width(double size) => AdvanceUnits * size / Face.UnitsPerEm;
}
