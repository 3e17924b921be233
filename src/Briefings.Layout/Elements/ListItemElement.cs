using Briefings.Layout.Drawing;

namespace Briefings.Layout.Elements;

/// <summary>
/// A list item with a hanging indent: the marker (bullet or number) is set in the indent, level with the first
/// line of the content, and only where the item starts.
/// </summary>
public sealed class ListItemElement(ParagraphElement marker, Element content, double indent, double gap) : Element
{
    private bool started;

    public override SpacePlan Measure(LayoutSpace space)
    {
        var plan = content.Measure(Inner(space));
        if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.Empty || started)
        {
            return plan;
        }

        var markerHeight = marker.Measure(MarkerSpace(space)).Height;
        return plan with { Height = Math.Max(plan.Height, markerHeight) };
    }

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        var plan = content.Measure(Inner(space));
        if (plan.Kind == SpacePlanKind.Wrap)
        {
            return;
        }

        if (!started)
        {
            marker.Draw(canvas, x, y, MarkerSpace(space));
            started = true;
        }

        content.Draw(canvas, x + indent, y, Inner(space));
    }

    public override void Reset()
    {
        started = false;
        marker.Reset();
        content.Reset();
    }

    public override ContentWidths MeasureContentWidths() => content.MeasureContentWidths() + indent;

    /// <summary>
    /// The indent that holds the widest of <paramref name="markers"/>, never less than <paramref name="indent"/>:
    /// items that belong together (a list, a document's notes) share one, so a number past 99 or a list that
    /// starts at 1956 widens the column instead of breaking inside. A marker is set in the indent less the gap;
    /// half a point of slack absorbs rounding between the measured and the set width.
    /// </summary>
    public static double IndentFor(IEnumerable<ParagraphElement> markers, double indent, double gap)
    {
        var widest = markers.Select(marker => marker.MeasureContentWidths().Max).DefaultIfEmpty(0).Max();
        return Math.Max(indent, widest + gap + 0.5);
    }

    private LayoutSpace Inner(LayoutSpace space) => space with { Width = Math.Max(1, space.Width - indent) };

    private LayoutSpace MarkerSpace(LayoutSpace space) => new(Math.Max(1, indent - gap), 1e7, true);
}
