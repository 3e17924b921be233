using Briefings.Layout.Drawing;

namespace Briefings.Layout.Elements;

/// <summary>
/// Blocks stacked top to bottom, continued across pages where the block in progress left off. The blocks come from
/// <see cref="ColumnItems"/>: all at once, or made as paging reaches them and let go of once drawn.
/// </summary>
public sealed class ColumnElement(ColumnItems items) : Element
{
    private int current;

    public ColumnElement(IReadOnlyList<ColumnItem> items)
        : this(new FixedColumnItems(items))
    {
    }

    /// <summary>The blocks not yet completely drawn (the first may be part-drawn).</summary>
    public IEnumerable<ColumnItem> Remaining => items.From(current);

    public override SpacePlan Measure(LayoutSpace space) => Plan(space, null, 0, 0);

    /// <summary>
    /// Draws each block as planning places it: a placement is final once made (planning never takes one back), so
    /// nothing is collected first, and a block is drawn after the keep-with-next look at those that follow it.
    /// </summary>
    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        Plan(space, canvas, x, y);
        items.DrawnBefore(current);
    }

    public override void Reset()
    {
        current = 0;
        items.Reset();
    }

    public override ContentWidths MeasureContentWidths() =>
        items.From(0).Aggregate(new ContentWidths(0, 0), (widths, item) => widths.Union(item.Element.MeasureContentWidths()));

    /// <summary>What fits in <paramref name="space"/>; with a canvas, each block placed is drawn there as it is placed.</summary>
    private SpacePlan Plan(LayoutSpace space, ICanvas? canvas, double x, double y)
    {
        var footnotes = default(GatheredFootnotes);
        var used = 0.0;
        var placedAny = false;
        for (var index = current; items.Has(index); index++)
        {
            var item = items[index];
            var gap = placedAny ? Math.Max(items[index - 1].SpaceAfter, item.SpaceBefore) : 0;
            var isTop = space.IsPageTop && !placedAny;
            var childSpace = new LayoutSpace(space.Width, Math.Max(0, space.Height - used - gap), isTop);
            var plan = item.Element.Measure(childSpace);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                return placedAny ? SpacePlan.Partial(used, footnotes.Result) : SpacePlan.Wrap(plan.Reason ?? "wrap");
            }

            if (plan.IsComplete && item.KeepWithNext && !isTop && !FollowerFits(index, space.Width, childSpace.Height - plan.Height))
            {
                return placedAny ? SpacePlan.Partial(used, footnotes.Result) : SpacePlan.Wrap("kept with the next block");
            }

            if (plan.Kind == SpacePlanKind.Empty)
            {
                Place(canvas, index, x, y + used, childSpace, complete: true);
                continue;
            }

            used += gap + plan.Height;
            placedAny = true;
            footnotes.Add(plan.Footnotes);
            var top = used - plan.Height;
            Place(canvas, index, x, y + top, childSpace, plan.IsComplete);
            if (plan.Kind == SpacePlanKind.Partial)
            {
                return SpacePlan.Partial(used, footnotes.Result);
            }
        }

        return placedAny ? SpacePlan.Full(used, footnotes.Result) : SpacePlan.Empty;
    }

    private void Place(ICanvas? canvas, int index, double x, double top, LayoutSpace childSpace, bool complete)
    {
        if (canvas is null)
        {
            return;
        }

        items[index].Element.Draw(canvas, x, top, childSpace);
        current = complete ? index + 1 : index;
    }

    /// <summary>Whether the blocks a keep-with-next block holds on to can start below it.</summary>
    private bool FollowerFits(int index, double width, double remaining)
    {
        for (var next = index + 1; items.Has(next); next++)
        {
            var gap = Math.Max(items[next - 1].SpaceAfter, items[next].SpaceBefore);
            var plan = items[next].Element.Measure(new LayoutSpace(width, Math.Max(0, remaining - gap), false));
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                return false;
            }

            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }

            if (!(plan.IsComplete && items[next].KeepWithNext))
            {
                return true;
            }

            remaining -= gap + plan.Height;
            index = next;
        }

        return true;
    }
}
