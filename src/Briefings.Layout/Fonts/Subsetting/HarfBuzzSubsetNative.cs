using System.Runtime.InteropServices;

namespace Briefings.Layout.Fonts.Subsetting;

/// <summary>
/// The few HarfBuzz entry points the subsetter needs. HarfBuzzSharp does not wrap hb-subset, but its native
/// library exports the whole C API, so we bind to that same library instead of shipping another copy.
/// </summary>
internal static class HarfBuzzSubsetNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_MEMORY_MODE_DUPLICATE: HarfBuzz copies the bytes, so the managed array need not stay pinned.</summary>
    public const int MemoryModeDuplicate = 0;

    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: PDF viewers rasterise outlines themselves; TrueType bytecode is dead weight.</summary>
    public const uint FlagsNoHinting = 0x1;

    /// <summary>HB_SUBSET_FLAGS_RETAIN_GIDS: glyph ids from shaping the full font stay valid in the subset.</summary>
    public const uint FlagsRetainGids = 0x2;

    [DllImport(Library)]
    public static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [DllImport(Library)]
    public static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    public static extern IntPtr hb_face_create(IntPtr blob, uint index);

    [DllImport(Library)]
    public static extern void hb_face_destroy(IntPtr face);

    [DllImport(Library)]
    public static extern uint hb_face_get_glyph_count(IntPtr face);

    [DllImport(Library)]
    public static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    public static extern IntPtr hb_font_create(IntPtr face);

    [DllImport(Library)]
    public static extern void hb_font_destroy(IntPtr font);

    [DllImport(Library)]
    public static extern int hb_font_get_nominal_glyph(IntPtr font, uint unicode, out uint glyph);

    [DllImport(Library)]
    public static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    public static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(Library)]
    public static extern uint hb_subset_input_get_flags(IntPtr input);

    [DllImport(Library)]
    public static extern void hb_subset_input_set_flags(IntPtr input, uint value);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);
}
