namespace Briefings.Layout.Text;

/// <summary>
/// First-fit line breaking, the fallback when total fit finds no solution (only when unbreakable material,
/// such as words joined by no-break spaces, is wider than the line). It then breaks even at a no-break space
/// rather than let a line run past its frame.
/// </summary>
internal static class GreedyLineBreaker
{
    public static int[] Break(BreakItem[] items, double lineWidth)
    {
        var breaks = new List<int>();
        var width = 0.0;
        var lastLegal = -1;
        var lastAny = -1;
        var lineStart = true;
        for (var position = 0; position < items.Length; position++)
        {
            var item = items[position];
            if (lineStart && item.Kind != ItemKind.Box && !item.IsForcedBreak)
            {
                continue;
            }

            lineStart = false;
            if (item.IsForcedBreak)
            {
                breaks.Add(position);
                (width, lastLegal, lastAny, lineStart) = (0, -1, -1, true);
                continue;
            }

            var isLegal = item.Kind switch
            {
                ItemKind.Glue => position > 0 && items[position - 1].Kind == ItemKind.Box,
                ItemKind.Penalty => item.Cost < BreakItem.Infinite,
                _ => false,
            };
            if (item.Kind == ItemKind.Box && width + item.Width > lineWidth + 1e-6 && (lastLegal >= 0 || lastAny >= 0))
            {
                var at = lastLegal >= 0 ? lastLegal : lastAny;
                breaks.Add(at);
                (width, lastLegal, lastAny, lineStart) = (0, -1, -1, true);
                position = at;
                continue;
            }

            if (isLegal && (item.Kind == ItemKind.Glue || width + item.Width <= lineWidth + 1e-6))
            {
                lastLegal = position;
            }
            else if (item.Kind == ItemKind.Glue)
            {
                lastAny = position;
            }

            if (item.Kind != ItemKind.Penalty)
            {
                width += item.Width;
            }
        }

        if (breaks.Count == 0 || breaks[^1] != items.Length - 1)
        {
            breaks.Add(items.Length - 1);
        }

        return [.. breaks];
    }
}
