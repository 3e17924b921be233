namespace Briefings.Layout.Text;

/// <summary>
/// One piece of a line before it is placed: a text fragment, or the space between words at its set width (with
/// the space glyph drawn there, if any). <see cref="Level"/> decides where it goes when the line is reordered.
/// </summary>
/// <param name="IsInk">Text, as opposed to a space: the line's ink ends after the last text piece.</param>
internal readonly record struct LinePiece(double Width, TextFragment? Fragment, LinkTarget? Link, byte Level, bool IsInk);
