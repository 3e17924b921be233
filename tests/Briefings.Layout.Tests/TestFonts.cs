using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;
using Briefings.Testing;

namespace Briefings.Layout.Tests;

/// <summary>The bundled fonts, loaded once for all tests.</summary>
internal static class TestFonts
{
    public static FontLibrary Library { get; } = new();

    public static FontFamily Caladea { get; } = Family("Caladea");

    public static FontFamily Carlito { get; } = Family("Carlito");

    public static IReadOnlyList<FontFace> Fallbacks { get; } =
        [Library.Load(Path.Combine(RepoPaths.Templates, "fonts", "DejaVuSerif.ttf")), Library.Load(Path.Combine(RepoPaths.Templates, "fonts", "DejaVuSans.ttf"))];

    public static TextStyle Body { get; } = new(Caladea, 10.5, Color.Black);

    public static TypesetContext NewContext() => new(Library, Fallbacks);

    private static FontFamily Family(string name)
    {
        string File(string style) => Path.Combine(RepoPaths.Templates, "fonts", $"{name}-{style}.ttf");
        return Library.LoadFamily(File("Regular"), File("Bold"), File("Italic"), File("BoldItalic"));
    }
}
