using Briefings.Layout.Drawing;

namespace Briefings.Layout.Elements;

/// <summary>Ends the page: what follows starts on the next one (no blank page when already at the top).</summary>
public sealed class PageBreakElement : Element
{
    private bool done;

    public override SpacePlan Measure(LayoutSpace space) =>
        done || space.IsPageTop ? SpacePlan.Empty : SpacePlan.Partial(0);

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space) => done = true;

    public override void Reset() => done = false;
}
