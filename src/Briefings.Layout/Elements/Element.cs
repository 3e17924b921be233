using Briefings.Layout.Drawing;

namespace Briefings.Layout.Elements;

/// <summary>
/// A piece of the layout tree. Paging works one page at a time: the pager asks <see cref="Measure"/> what fits,
/// then calls <see cref="Draw"/> with the same space, which draws that much and remembers where to continue.
/// <see cref="Measure"/> never changes state; <see cref="Reset"/> rewinds for a second pass over the document.
/// </summary>
public abstract class Element
{
    public abstract SpacePlan Measure(LayoutSpace space);

    /// <summary>Draws what <see cref="Measure"/> promised for this space with its top-left corner at (x, y).</summary>
    public abstract void Draw(ICanvas canvas, double x, double y, LayoutSpace space);

    public virtual void Reset()
    {
    }

    public virtual ContentWidths MeasureContentWidths() => new(0, 0);
}
