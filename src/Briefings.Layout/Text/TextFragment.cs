using Briefings.Layout.Fonts;

namespace Briefings.Layout.Text;

/// <summary>A shaped piece of one span in one font at one bidi level: the unit that is positioned on a line and drawn.</summary>
internal sealed class TextFragment(ShapedRun run, TextSpan span, byte level = 0)
{
    public ShapedRun Run { get; } = run;

    public TextSpan Span { get; } = span;

    public TextStyle Style => Span.Style;

    /// <summary>The bidi embedding level: odd levels were shaped right to left and are reordered on their line.</summary>
    public byte Level { get; } = level;

    public double Width { get; } = run.Width(span.Style.GlyphSize) + span.Style.LetterSpacing * run.Glyphs.Length;
}
