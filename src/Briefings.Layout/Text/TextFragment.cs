using Briefings.Layout.Fonts;

namespace Briefings.Layout.Text;

/// <summary>A shaped piece of one span in one font: the unit that is positioned on a line and drawn.</summary>
internal sealed class TextFragment(ShapedRun run, TextSpan span)
{
    public ShapedRun Run { get; } = run;

    public TextSpan Span { get; } = span;

    public TextStyle Style => Span.Style;

    public double Width { get; } = run.Width(span.Style.GlyphSize) + span.Style.LetterSpacing * run.Glyphs.Length;
}
