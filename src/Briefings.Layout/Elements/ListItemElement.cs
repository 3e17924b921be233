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

    private LayoutSpace Inner(LayoutSpace space) => space with { Width = Math.Max(1, space.Width - indent) };

    private LayoutSpace MarkerSpace(LayoutSpace space) => new(Math.Max(1, indent - gap), 1e7, true);
}
