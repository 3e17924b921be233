using Briefings.Testing;

namespace Briefings.Layout.Tests.Subsetting;

/// <summary>The bundled fonts the subsetting tests work on, read once.</summary>
internal static class SubsetFonts
{
    private static readonly Lazy<byte[]> LazyCaladea = new(() => File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "fonts", "Caladea-Regular.ttf")));

    public static byte[] Caladea => LazyCaladea.Value;
}
