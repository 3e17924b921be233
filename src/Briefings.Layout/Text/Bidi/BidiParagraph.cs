using System.Text;

namespace Briefings.Layout.Text.Bidi;

/// <summary>
/// The resolved embedding levels of a paragraph's text (UAX #9), one per UTF-16 unit: even levels run left to
/// right, odd levels right to left. Implemented: the paragraph level (P2–P3, or as the caller says), the weak
/// types (W1–W7), the neutrals (N1–N2), the implicit levels (I1–I2) and the reset of trailing white space (L1);
/// reordering a line (L2) is <see cref="VisualOrder"/>. Not implemented: explicit embeddings, overrides and
/// isolates (their controls are transparent) and bracket pairs (N0), which a briefing's plain text rarely needs.
/// A <c>\n</c> (a forced line break) ends a run of resolution as a paragraph separator would, but the
/// paragraph keeps one level.
/// </summary>
internal sealed class BidiParagraph
{
    /// <summary>Every paragraph of left-to-right text (most of them) shares this one.</summary>
    private static readonly BidiParagraph LeftToRight = new(0, null);

    private BidiParagraph(byte baseLevel, byte[]? levels)
    {
        BaseLevel = baseLevel;
        Levels = levels;
    }

    /// <summary>0 for a left-to-right paragraph, 1 for right-to-left.</summary>
    public byte BaseLevel { get; }

    /// <summary>The level of every UTF-16 unit; null when all are 0 (left-to-right text, the common case).</summary>
    public byte[]? Levels { get; }

    public bool IsRightToLeft => BaseLevel == 1;

    public byte LevelAt(int index) => Levels is null ? BaseLevel : Levels[index];

    public static BidiParagraph Resolve(string text, TextDirection direction)
    {
        var classes = Classify(text, out var hasRightToLeft);
        byte baseLevel = direction switch
        {
            TextDirection.LeftToRight => 0,
            TextDirection.RightToLeft => 1,
            _ => FirstStrongLevel(classes),
        };

        if (!hasRightToLeft && baseLevel == 0)
        {
            return LeftToRight;
        }

        var types = (BidiClass[])classes.Clone();
        var levels = new byte[text.Length];
        var start = 0;
        for (var index = 0; index <= text.Length; index++)
        {
            if (index == text.Length || classes[index] == BidiClass.B)
            {
                ResolveRun(classes, types, levels, start, index, baseLevel);
                if (index < text.Length)
                {
                    levels[index] = baseLevel;
                }

                start = index + 1;
            }
        }

        return new BidiParagraph(baseLevel, levels);
    }

    /// <summary>
    /// Rule L2: the visual order of items at the given levels, as indices into <paramref name="levels"/>. From the
    /// highest level down to the lowest odd one, every run at that level or higher is reversed.
    /// </summary>
    public static int[] VisualOrder(IReadOnlyList<byte> levels)
    {
        var order = Enumerable.Range(0, levels.Count).ToArray();
        if (levels.Count == 0)
        {
            return order;
        }

        var highest = levels.Max();
        var lowestOdd = levels.Min();
        if (lowestOdd % 2 == 0)
        {
            lowestOdd++;
        }

        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var index = 0; index < order.Length;)
            {
                if (levels[order[index]] < level)
                {
                    index++;
                    continue;
                }

                var end = index;
                while (end < order.Length && levels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, index, end - index);
                index = end;
            }
        }

        return order;
    }

    private static BidiClass[] Classify(string text, out bool hasRightToLeft)
    {
        hasRightToLeft = false;
        var classes = new BidiClass[text.Length];
        for (var index = 0; index < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, index);
            var type = BidiClasses.Of(rune.Value);
            hasRightToLeft |= type is BidiClass.R or BidiClass.AL or BidiClass.AN;
            for (var unit = 0; unit < rune.Utf16SequenceLength; unit++)
            {
                classes[index + unit] = type;
            }

            index += rune.Utf16SequenceLength;
        }

        return classes;
    }

    private static byte FirstStrongLevel(BidiClass[] classes)
    {
        foreach (var type in classes)
        {
            switch (type)
            {
                case BidiClass.L:
                    return 0;
                case BidiClass.R or BidiClass.AL:
                    return 1;
            }
        }

        return 0;
    }

    private static void ResolveRun(BidiClass[] classes, BidiClass[] types, byte[] levels, int start, int end, byte baseLevel)
    {
        if (end <= start)
        {
            return;
        }

        var embedding = baseLevel % 2 == 0 ? BidiClass.L : BidiClass.R;

        // W1 (and X9: boundary neutrals are transparent): marks and controls take the type before them.
        for (var index = start; index < end; index++)
        {
            if (types[index] is BidiClass.NSM or BidiClass.BN)
            {
                types[index] = index == start ? embedding : types[index - 1];
            }
        }

        // W2: a European number after an Arabic letter is an Arabic number. W3: Arabic letters are R.
        var lastStrong = embedding;
        for (var index = start; index < end; index++)
        {
            switch (types[index])
            {
                case BidiClass.L or BidiClass.R or BidiClass.AL:
                    lastStrong = types[index];
                    break;
                case BidiClass.EN when lastStrong == BidiClass.AL:
                    types[index] = BidiClass.AN;
                    break;
            }
        }

        for (var index = start; index < end; index++)
        {
            if (types[index] == BidiClass.AL)
            {
                types[index] = BidiClass.R;
            }
        }

        // W4: one separator between two numbers of a kind joins them ("1,000", "3.5", "1-2").
        for (var index = start + 1; index < end - 1; index++)
        {
            var (before, after) = (types[index - 1], types[index + 1]);
            if (types[index] == BidiClass.ES && before == BidiClass.EN && after == BidiClass.EN)
            {
                types[index] = BidiClass.EN;
            }
            else if (types[index] == BidiClass.CS && before == after && before is BidiClass.EN or BidiClass.AN)
            {
                types[index] = before;
            }
        }

        // W5: terminators touching a European number belong to it ("$5", "5%").
        for (var index = start; index < end;)
        {
            if (types[index] != BidiClass.ET)
            {
                index++;
                continue;
            }

            var runEnd = index;
            while (runEnd < end && types[runEnd] == BidiClass.ET)
            {
                runEnd++;
            }

            if ((index > start && types[index - 1] == BidiClass.EN) || (runEnd < end && types[runEnd] == BidiClass.EN))
            {
                Array.Fill(types, BidiClass.EN, index, runEnd - index);
            }

            index = runEnd;
        }

        // W6: what separators and terminators are left are neutral. W7: European numbers in left-to-right context are L.
        lastStrong = embedding;
        for (var index = start; index < end; index++)
        {
            switch (types[index])
            {
                case BidiClass.ES or BidiClass.ET or BidiClass.CS:
                    types[index] = BidiClass.ON;
                    break;
                case BidiClass.L or BidiClass.R:
                    lastStrong = types[index];
                    break;
                case BidiClass.EN when lastStrong == BidiClass.L:
                    types[index] = BidiClass.L;
                    break;
            }
        }

        // N1: neutrals between two strong runs of the same direction take it (numbers count as R);
        // N2: the others take the paragraph's direction.
        for (var index = start; index < end;)
        {
            if (!IsNeutral(types[index]))
            {
                index++;
                continue;
            }

            var runEnd = index;
            while (runEnd < end && IsNeutral(types[runEnd]))
            {
                runEnd++;
            }

            var before = index == start ? embedding : StrongDirection(types[index - 1]);
            var after = runEnd == end ? embedding : StrongDirection(types[runEnd]);
            Array.Fill(types, before == after ? before : embedding, index, runEnd - index);
            index = runEnd;
        }

        // I1–I2: implicit levels.
        for (var index = start; index < end; index++)
        {
            levels[index] = (baseLevel % 2, types[index]) switch
            {
                (0, BidiClass.R) => (byte)(baseLevel + 1),
                (0, BidiClass.AN or BidiClass.EN) => (byte)(baseLevel + 2),
                (1, BidiClass.L or BidiClass.AN or BidiClass.EN) => (byte)(baseLevel + 1),
                _ => baseLevel,
            };
        }

        // L1: tabs, and white space before them or at the end of the run, go back to the paragraph level.
        var trailing = true;
        for (var index = end - 1; index >= start; index--)
        {
            var original = classes[index];
            if (original == BidiClass.S)
            {
                levels[index] = baseLevel;
                trailing = true;
            }
            else if (trailing && original is BidiClass.WS or BidiClass.BN)
            {
                levels[index] = baseLevel;
            }
            else
            {
                trailing = false;
            }
        }
    }

    private static bool IsNeutral(BidiClass type) => type is BidiClass.ON or BidiClass.WS or BidiClass.S or BidiClass.B or BidiClass.BN or BidiClass.NSM;

    private static BidiClass StrongDirection(BidiClass type) => type == BidiClass.L ? BidiClass.L : BidiClass.R;
}
