using Briefings.Testing;

namespace Briefings.Layout.Tests.Subsetting;

/// <summary>The bundled fonts the subsetting tests work on, read once.</summary>
internal static class SubsetFonts
{
    private static readonly Lazy<byte[]> LazyCaladea = new(() => Read("Caladea-Regular.ttf"));

    private static readonly Lazy<byte[]> LazyCarlito = new(() => Read("Carlito-Regular.ttf"));

    /// <summary>Body font: 80 KB, no GSUB ligatures, but cmap entries for U+FB01/FB02.</summary>
    public static byte[] Caladea => LazyCaladea.Value;

    /// <summary>Heading font: 620 KB with 2,782 glyphs and standard ligatures, the case subsetting exists for.</summary>
    public static byte[] Carlito => LazyCarlito.Value;

    private static byte[] Read(string fileName) => File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "fonts", fileName));
}
