namespace Briefings.Layout.Text;

/// <summary>
/// A run of text in one style: the input of a paragraph. A <c>\n</c> in <see cref="Text"/> is a forced line break.
/// </summary>
public sealed record TextSpan(string Text, TextStyle Style)
{
    public LinkTarget? Link { get; init; }

    /// <summary>The footnote this span refers to: the page holding this span also holds the note.</summary>
    public string? FootnoteId { get; init; }

    public TextOrigin? Origin { get; init; }

    /// <summary>A named destination defined where this span is drawn (a footnote mark, which its note links back to).</summary>
    public string? Anchor { get; init; }
}
