using Briefings.Layout.Drawing;

namespace Briefings.Layout.Elements;

/// <summary>
/// Blocks stacked top to bottom, continued across pages where the block in progress left off. The blocks come from
/// <see cref="ColumnItems"/>: all at once, or made as paging reaches them and let go of once drawn.
/// </summary>
public sealed class ColumnElement(ColumnItems items) : Element
{
    private int current;
    private bool continuing;

    public ColumnElement(IReadOnlyList<ColumnItem> items)
        : this(new FixedColumnItems(items))
    {
    }

    /// <summary>The blocks not yet completely drawn (the first may be part-drawn).</summary>
    public IEnumerable<ColumnItem> Remaining => items.From(current);

    // Measuring runs far more often than drawing (every page, every footnote trial): it records no placements.
    public override SpacePlan Measure(LayoutSpace space) => Plan(space, null);

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        var placements = new List<(int Index, double Top, LayoutSpace Space, bool Complete)>();
        Plan(space, placements);
        foreach (var (index, top, childSpace, complete) in placements)
        {
            items[index].Element.Draw(canvas, x, y + top, childSpace);
            current = complete ? index + 1 : index;
            continuing = !complete;
        }

        items.DrawnBefore(current);
    }

    public override void Reset()
    {
        current = 0;
        continuing = false;
        items.Reset();
    }

    public override ContentWidths MeasureContentWidths() =>
        items.From(0).Aggregate(new ContentWidths(0, 0), (widths, item) => widths.Union(item.Element.MeasureContentWidths()));

    private SpacePlan Plan(LayoutSpace space, List<(int Index, double Top, LayoutSpace Space, bool Complete)>? placements)
    {
        IReadOnlyList<string>? footnotes = null;
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
                return placedAny ? SpacePlan.Partial(used, footnotes) : SpacePlan.Wrap(plan.Reason ?? "wrap");
            }

            if (plan.IsComplete && item.KeepWithNext && !isTop && !FollowerFits(index, space.Width, childSpace.Height - plan.Height))
            {
                return placedAny ? SpacePlan.Partial(used, footnotes) : SpacePlan.Wrap("kept with the next block");
            }

            if (plan.Kind == SpacePlanKind.Empty)
            {
                placements?.Add((index, used, childSpace, true));
                continue;
            }

            used += gap + plan.Height;
            placedAny = true;
            footnotes = Concat(footnotes, plan.Footnotes);
            placements?.Add((index, used - plan.Height, childSpace, plan.IsComplete));
            if (plan.Kind == SpacePlanKind.Partial)
            {
                return SpacePlan.Partial(used, footnotes);
            }
        }

        return placedAny ? SpacePlan.Full(used, footnotes) : SpacePlan.Empty;
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
