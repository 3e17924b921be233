using Briefings.Layout.Drawing;

namespace Briefings.Layout.Elements;

/// <summary>
/// Moves its child to the next page rather than split it, unless it is already at the top of a page or taller
/// than <paramref name="splitAbove"/> (a long callout splits cleanly instead of leaving half a page empty).
/// </summary>
public sealed class KeepTogetherElement(Element child, double splitAbove = double.PositiveInfinity) : Element
{
    public override SpacePlan Measure(LayoutSpace space)
    {
        var plan = child.Measure(space);
        if (plan.Kind != SpacePlanKind.Partial || space.IsPageTop)
        {
            return plan;
        }

        var whole = child.Measure(space with { Height = 1e7 });
        return whole.Height > splitAbove ? plan : SpacePlan.Wrap("kept together");
    }

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        if (Measure(space).Kind != SpacePlanKind.Wrap)
        {
            child.Draw(canvas, x, y, space);
        }
    }

    public override void Reset() => child.Reset();

    public override ContentWidths MeasureContentWidths() => child.MeasureContentWidths();
}
