using Briefings.Layout.Drawing;

namespace Briefings.Layout.Elements;

/// <summary>Fixed vertical space; dropped when it would not fit (it is never worth a page of its own).</summary>
public sealed class SpacerElement(double height) : Element
{
    public override SpacePlan Measure(LayoutSpace space) => SpacePlan.Full(Math.Min(height, space.Height));

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
    }
}
