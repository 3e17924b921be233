using Briefings.Layout.Geometry;

namespace Briefings.Layout.Documents;

/// <param name="Body">The area between the margins.</param>
/// <remarks>The page count is not known while a page is drawn: a footer that shows it draws that part through <see cref="Drawing.ICanvas.DrawWhenComplete"/>.</remarks>
public sealed record PageContext(int PageNumber, Size PageSize, Rect Body);
