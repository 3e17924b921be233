using System.Runtime.InteropServices;

namespace Briefings.Layout.Fonts;

/// <summary>
/// The font's character map read backwards: for each glyph some character maps to, the lowest such character.
/// What a glyph "is" when the text drawn does not say it on its own (an "é" HarfBuzz composed from "e" and a
/// combining accent, a ligature, an Arabic joining form): the PDF's ToUnicode map uses it, as the font's own
/// cmap is what every reader trusts.
/// </summary>
internal static class GlyphReadings
{
    private const string Library = "libHarfBuzzSharp";

    public static Dictionary<ushort, int> Read(HarfBuzzSharp.Face face)
    {
        var readings = new Dictionary<ushort, int>();
        var mapping = hb_map_create();
        var unicodes = hb_set_create();
        try
        {
            hb_face_collect_nominal_glyph_mapping(face.Handle, mapping, unicodes);
            var index = -1;
            while (hb_map_next(mapping, ref index, out var codepoint, out var glyph))
            {
                if (glyph is > 0 and <= ushort.MaxValue && (!readings.TryGetValue((ushort)glyph, out var known) || codepoint < known))
                {
                    readings[(ushort)glyph] = (int)codepoint;
                }
            }
        }
        finally
        {
            hb_set_destroy(unicodes);
            hb_map_destroy(mapping);
        }

        return readings;
    }

    [DllImport(Library)]
    private static extern IntPtr hb_map_create();

    [DllImport(Library)]
    private static extern void hb_map_destroy(IntPtr map);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool hb_map_next(IntPtr map, ref int index, out uint key, out uint value);

    [DllImport(Library)]
    private static extern IntPtr hb_set_create();

    [DllImport(Library)]
    private static extern void hb_set_destroy(IntPtr set);

    [DllImport(Library)]
    private static extern void hb_face_collect_nominal_glyph_mapping(IntPtr face, IntPtr mapping, IntPtr unicodes);
}
