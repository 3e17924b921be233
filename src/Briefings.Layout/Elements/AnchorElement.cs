using Briefings.Layout.Drawing;

namespace Briefings.Layout.Elements;

/// <summary>Defines a named destination (link target, outline entry) at the top of its child where the child starts.</summary>
public sealed class AnchorElement(string name, Element child) : Element
{
    private bool defined;

    public string Name { get; } = name;

    public override SpacePlan Measure(LayoutSpace space) => child.Measure(space);

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        if (!defined && child.Measure(space).Kind is SpacePlanKind.Full or SpacePlanKind.Partial)
        {
            canvas.DefineDestination(Name, x, y);
            defined = true;
        }

        child.Draw(canvas, x, y, space);
    }

    public override void Reset()
    {
        defined = false;
        child.Reset();
    }

    public override ContentWidths MeasureContentWidths() => child.MeasureContentWidths();
}
