using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Text;

/// <summary>How a run of text looks. Superscript (footnote marks) is set smaller and raised, from the base size.</summary>
public sealed record TextStyle(FontFamily Family, double Size, Color Color)
{
    private const double SuperscriptScale = 0.62;
    private const double SuperscriptRise = 0.36;

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public bool Superscript { get; init; }

    public bool Strikethrough { get; init; }

    public bool Underline { get; init; }

    /// <summary>Extra space after every glyph in points (tracking, for capitals).</summary>
    public double LetterSpacing { get; init; }

    public FontFace Face => Family.Get(Bold, Italic);

    /// <summary>The size glyphs are drawn at.</summary>
    public double GlyphSize => Superscript ? Size * SuperscriptScale : Size;

    /// <summary>How far the baseline moves up (positive = up).</summary>
    public double Rise => Superscript ? Size * SuperscriptRise : 0;
}
