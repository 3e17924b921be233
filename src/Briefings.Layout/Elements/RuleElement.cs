using Briefings.Layout.Drawing;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Elements;

/// <summary>A horizontal rule across the available width.</summary>
public sealed class RuleElement(Color color, double thickness) : Element
{
    private bool drawn;

    public override SpacePlan Measure(LayoutSpace space) =>
        drawn ? SpacePlan.Empty
        : thickness <= space.Height || space.IsPageTop ? SpacePlan.Full(thickness)
        : SpacePlan.Wrap("no room for the rule");

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        if (Measure(space).Kind != SpacePlanKind.Full)
        {
            return;
        }

        canvas.DrawLine(x, y + (thickness / 2), x + space.Width, y + (thickness / 2), color, thickness);
        drawn = true;
    }

    public override void Reset() => drawn = false;
}
