using Briefings.Layout.Drawing;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Elements;

/// <summary>
/// Padding, background, border and left bar around a child. Split across pages, each part is a complete box
/// with its own padding and border, so a continued callout reads as one.
/// </summary>
public sealed class BoxElement(Element child, BoxStyle style) : Element
{
    public Element Child { get; } = child;

    public override SpacePlan Measure(LayoutSpace space)
    {
        var plan = Child.Measure(Inner(space));
        return plan.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(plan.Height + style.Padding.Vertical, plan.Footnotes),
            SpacePlanKind.Partial => SpacePlan.Partial(plan.Height + style.Padding.Vertical, plan.Footnotes),
            _ => plan,
        };
    }

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        var plan = Measure(space);
        if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.Empty)
        {
            return;
        }

        var area = new Rect(x, y, space.Width, plan.Height);
        if (style.Background is { } background)
        {
            canvas.FillRectangle(area, background);
        }

        if (style.BorderColor is { } border && style.BorderWidth > 0)
        {
            var half = style.BorderWidth / 2;
            canvas.StrokeRectangle(area.Inset(half, half, half, half), border, style.BorderWidth);
        }

        if (style.LeftBarColor is { } bar && style.LeftBarWidth > 0)
        {
            canvas.FillRectangle(new Rect(x, y, style.LeftBarWidth, plan.Height), bar);
        }

        Child.Draw(canvas, x + style.Padding.Left, y + style.Padding.Top, Inner(space));
    }

    public override void Reset() => Child.Reset();

    public override ContentWidths MeasureContentWidths() => Child.MeasureContentWidths() + style.Padding.Horizontal;

    private LayoutSpace Inner(LayoutSpace space) =>
        new(Math.Max(1, space.Width - style.Padding.Horizontal), Math.Max(0, space.Height - style.Padding.Vertical), space.IsPageTop);
}
