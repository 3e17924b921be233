using Briefings.Layout.Geometry;

namespace Briefings.Layout.Documents;

/// <param name="PageCount">The number of pages; 0 during the counting pass, when it is not yet known.</param>
/// <param name="Body">The area between the margins.</param>
public sealed record PageContext(int PageNumber, int PageCount, Size PageSize, Rect Body);
