namespace Briefings.Layout.Text;

/// <param name="LineHeight">Line pitch as a multiple of the largest font size on the line.</param>
/// <param name="Orphans">Fewest lines left at a page foot when a paragraph splits.</param>
/// <param name="Widows">Fewest lines carried to the next page when a paragraph splits.</param>
public sealed record ParagraphStyle(TextAlignment Alignment = TextAlignment.Justify, double LineHeight = 1.3, int Orphans = 2, int Widows = 2)
{
    /// <summary>
    /// The paragraph's base direction; null for the document's (<see cref="TypesetContext.Direction"/>). In a
    /// right-to-left paragraph, left-aligned text and the last line of justified text are set flush right (they
    /// align to where the text starts).
    /// </summary>
    public TextDirection? Direction { get; init; }
}
