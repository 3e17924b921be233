namespace Briefings.Layout.Text;

/// <summary>
/// Total-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981): chooses the breaks that
/// minimise the sum of squared badness over the whole paragraph instead of filling each line greedily.
/// Ragged paragraphs use the same algorithm with a fixed amount of stretch at the end of every line, which
/// evens out the rag instead of leaving one very short line.
/// </summary>
internal static class KnuthPlassLineBreaker
{
    private const double LinePenalty = 10;
    private const double FlaggedDemerits = 3000;
    private const double FitnessDemerits = 100;

    /// <param name="maxRatio">How far glue may stretch, as a multiple of its stretchability: the tolerance.</param>
    /// <param name="lineEndStretch">Stretch available at the end of every line (ragged setting), in points.</param>
    /// <returns>The indices of the items where lines end, or null when no set of breaks keeps every line within the tolerance.</returns>
    /// <param name="totals">The running sums of <paramref name="items"/>, shared by the attempts at rising tolerance.</param>
    public static int[]? Break(BreakItem[] items, Totals totals, double lineWidth, double maxRatio, double lineEndStretch)
    {
        var count = items.Length;
        var sumWidth = totals.Width;
        var sumStretch = totals.Stretch;
        var sumShrink = totals.Shrink;
        var active = new List<Node> { new(-1, 0, 1, 0, 0, 0, 0, null) };
        var candidates = new Node?[4];
        for (var position = 0; position < count; position++)
        {
            var item = items[position];
            var legal = item.Kind switch
            {
                ItemKind.Glue => position > 0 && items[position - 1].Kind == ItemKind.Box,
                ItemKind.Penalty => item.Cost < BreakItem.Infinite,
                _ => false,
            };
            if (!legal)
            {
                continue;
            }

            Array.Clear(candidates);
            for (var activeIndex = 0; activeIndex < active.Count; activeIndex++)
            {
                var node = active[activeIndex];
                var width = sumWidth[position] - node.TotalWidth + (item.Kind == ItemKind.Penalty ? item.Width : 0);
                var stretch = sumStretch[position] - node.TotalStretch + lineEndStretch;
                var shrink = sumShrink[position] - node.TotalShrink;
                double ratio;
                if (width < lineWidth)
                {
                    ratio = stretch > 0 ? (lineWidth - width) / stretch : double.PositiveInfinity;
                }
                else if (width > lineWidth)
                {
                    ratio = shrink > 0 ? (lineWidth - width) / shrink : double.NegativeInfinity;
                }
                else
                {
                    ratio = 0;
                }

                if (ratio < -1 || item.IsForcedBreak)
                {
                    active.RemoveAt(activeIndex);
                    activeIndex--;
                }

                if (ratio < -1 || ratio > maxRatio)
                {
                    continue;
                }

                // Powers as products: IEEE multiplication gives the same bits on every platform, where Math.Pow is
                // the C library's (and costs a call per candidate line).
                var magnitude = Math.Abs(ratio);
                var badness = double.IsPositiveInfinity(ratio) ? BreakItem.Infinite : Math.Min(BreakItem.Infinite, 100 * (magnitude * magnitude * magnitude));
                var demerits = (LinePenalty + badness) * (LinePenalty + badness);
                if (item.Kind == ItemKind.Penalty)
                {
                    if (item.Cost >= 0)
                    {
                        demerits += item.Cost * item.Cost;
                    }
                    else if (!item.IsForcedBreak)
                    {
                        demerits -= item.Cost * item.Cost;
                    }
                }

                if (item.Flagged && node.Position >= 0 && items[node.Position].Flagged)
                {
                    demerits += FlaggedDemerits;
                }

                var fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                if (Math.Abs(fitness - node.Fitness) > 1)
                {
                    demerits += FitnessDemerits;
                }

                demerits += node.Demerits;
                if (candidates[fitness] is not { } best || demerits < best.Demerits)
                {
                    candidates[fitness] = new Node(position, node.Line + 1, fitness, 0, 0, 0, demerits, node);
                }
            }

            var added = false;
            foreach (var candidate in candidates)
            {
                if (candidate is null)
                {
                    continue;
                }

                // Totals after the break skip the glue and penalties a new line discards (not a forced break).
                var after = position + 1;
                while (after < count && items[after].Kind != ItemKind.Box && !items[after].IsForcedBreak)
                {
                    after++;
                }

                candidate.TotalWidth = sumWidth[after];
                candidate.TotalStretch = sumStretch[after];
                candidate.TotalShrink = sumShrink[after];
                active.Add(candidate);
                added = true;
            }

            if (active.Count == 0 && !added)
            {
                return null;
            }
        }

        Node? end = null;
        foreach (var node in active)
        {
            if (node.Position == count - 1 && (end is null || node.Demerits < end.Demerits))
            {
                end = node;
            }
        }

        if (end is null)
        {
            return null;
        }

        // Counted first, then filled from the last line back: one array, where a list grown line by line and copied
        // made three for every paragraph of a long document.
        var lines = 0;
        for (var node = end; node is not null && node.Position >= 0; node = node.Previous)
        {
            lines++;
        }

        var breaks = new int[lines];
        for (var node = end; node is not null && node.Position >= 0; node = node.Previous)
        {
            breaks[--lines] = node.Position;
        }

        return breaks;
    }

    /// <summary>Running sums of width, stretch and shrink before each item: a line's totals are two lookups.</summary>
    public sealed class Totals
    {
        /// <param name="ragged">Word spaces neither stretch nor shrink (ragged setting); fills keep their stretch.</param>
        public Totals(BreakItem[] items, bool ragged)
        {
            var count = items.Length;
            Width = Reuse(ref widths, count + 1);
            Stretch = Reuse(ref stretches, count + 1);
            Shrink = Reuse(ref shrinks, count + 1);
            for (var index = 0; index < count; index++)
            {
                var item = items[index];
                var isMaterial = item.Kind != ItemKind.Penalty;
                Width[index + 1] = Width[index] + (isMaterial ? item.Width : 0);
                Stretch[index + 1] = Stretch[index] + item.Stretch(ragged);
                Shrink[index + 1] = Shrink[index] + item.Shrink(ragged);
            }
        }

        // The sums are needed only while one paragraph is broken, so each thread keeps one set of arrays, grown as
        // paragraphs get longer, instead of three new arrays per paragraph and width. Entries past the paragraph's
        // items are left from earlier paragraphs and never read.
        [ThreadStatic]
        private static double[]? widths;

        [ThreadStatic]
        private static double[]? stretches;

        [ThreadStatic]
        private static double[]? shrinks;

        /// <summary>Valid for indices 0 to the item count, until the next paragraph is broken on this thread.</summary>
        public double[] Width { get; }

        public double[] Stretch { get; }

        public double[] Shrink { get; }

        private static double[] Reuse(ref double[]? kept, int length)
        {
            if (kept is null || kept.Length < length)
            {
                kept = new double[Math.Max(length, 256)];
            }

            kept[0] = 0;
            return kept;
        }
    }

    /// <summary>A feasible break; its totals after the break are filled in once it joins the active list.</summary>
    private sealed class Node(int position, int line, int fitness, double totalWidth, double totalStretch, double totalShrink, double demerits, Node? previous)
    {
        public int Position { get; } = position;

        public int Line { get; } = line;

        public int Fitness { get; } = fitness;

        public double TotalWidth { get; set; } = totalWidth;

        public double TotalStretch { get; set; } = totalStretch;

        public double TotalShrink { get; set; } = totalShrink;

        public double Demerits { get; } = demerits;

        public Node? Previous { get; } = previous;
    }
}
