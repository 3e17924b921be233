namespace Briefings.Core.Extraction.Text;

/// <summary>
/// A paragraph, heading or list item of a <see cref="SourceText"/>, as a span of its normalised text (list markers
/// and Markdown heading marks excluded). <see cref="FirstLine"/> and <see cref="LastLine"/> are 1-based lines of the
/// original file, so a block joined across a page break spans the break.
/// </summary>
public sealed record TextBlock(TextSpan Span, BlockKind Kind, int FirstLine, int LastLine);
