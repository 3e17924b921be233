using System.Globalization;
using System.Text;
using Briefings.Layout.Fonts;

namespace Briefings.Layout.Text;

/// <summary>
/// What typesetting one document needs beyond its content: the shared fonts and shaping cache, the fallback
/// fonts tried for characters a style's font lacks, and the warnings collected on the way. One per document
/// (not thread-safe); the <see cref="FontLibrary"/> behind it is shared.
/// </summary>
public sealed class TypesetContext
{
    private readonly List<LayoutWarning> warnings = [];
    private readonly HashSet<(int Codepoint, TextOrigin? Origin)> reportedMissing = [];

    public TypesetContext(FontLibrary fonts, IReadOnlyList<FontFace> fallbacks)
    {
        Fonts = fonts;
        Fallbacks = fallbacks;
    }

    public FontLibrary Fonts { get; }

    public IReadOnlyList<FontFace> Fallbacks { get; }

    public IReadOnlyList<LayoutWarning> Warnings => warnings;

    /// <summary>
    /// The base direction of paragraphs that do not set their own: a document in a left-to-right language keeps
    /// every paragraph left to right, as a word processor does, even one that starts with a Hebrew word.
    /// </summary>
    public TextDirection Direction { get; init; } = TextDirection.Auto;

    public ShapedRun Shape(FontFace face, string text, bool rightToLeft = false) => Fonts.Shaper.Shape(face, text, rightToLeft);

    public ShapedRun Shape(FontFace face, ReadOnlySpan<char> text, bool rightToLeft = false) => Fonts.Shaper.Shape(face, text, rightToLeft);

    /// <summary>
    /// The font that draws <paramref name="codepoint"/>: the style's own if it has the character, else the
    /// regular face of the same family (the same design, for punctuation an italic lacks), else the first fallback
    /// that has it. A character no font has is drawn with the style's font (a visible box) and reported.
    /// </summary>
    public FontFace Resolve(FontFace primary, int codepoint, TextOrigin? origin, FontFamily? family = null)
    {
        if (primary.Covers(codepoint) || IsInvisible(codepoint))
        {
            return primary;
        }

        if (family is not null && family.Regular != primary && family.Regular.Covers(codepoint))
        {
            return family.Regular;
        }

        foreach (var fallback in Fallbacks)
        {
            if (fallback.Covers(codepoint))
            {
                return fallback;
            }
        }

        if (reportedMissing.Add((codepoint, origin)))
        {
            var fonts = string.Join(", ", new[] { primary }.Concat(Fallbacks).Select(face => face.Name));
            warnings.Add(new LayoutWarning(
                "BRF-PDF-001",
                $"the character {Describe(codepoint)} is in none of the fonts ({fonts}); it is drawn as a missing-glyph box",
                origin));
        }

        return primary;
    }

    public void Warn(LayoutWarning warning) => warnings.Add(warning);

    private static bool IsInvisible(int codepoint) =>
        codepoint is < 0x20 or 0xAD or (>= 0x200B and <= 0x200F) or (>= 0x2060 and <= 0x2064) or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF;

    private static string Describe(int codepoint)
    {
        var text = char.ConvertFromUtf32(codepoint);
        var printable = CharUnicodeInfo.GetUnicodeCategory(codepoint) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse);
        var builder = new StringBuilder();
        if (printable)
        {
            builder.Append('\'').Append(text).Append("' ");
        }

        builder.Append("U+").Append(codepoint.ToString("X4", CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
