using System.Globalization;

namespace Briefings.Layout.Text;

/// <summary>
/// Sets a paragraph into lines of a given width: total-fit breaking with rising tolerance (tight spacing first,
/// looser only when needed), hyphenating a word only when it cannot fit a line at all, first-fit only when
/// nothing else works. Never returns a line wider than the frame.
/// </summary>
internal static class LineSetter
{
    private static readonly double[] JustifiedTolerances = [1, 2, 4, double.PositiveInfinity];
    private static readonly double[] RaggedTolerances = [1, 2, 4, double.PositiveInfinity];

    /// <summary>Justified lines looser than this are set ragged instead: one loose line beats a river.</summary>
    private const double LoosestJustifiedRatio = 3;

    /// <summary>Stretch at the end of a ragged line, in ems: how much rag is acceptable before lines count as bad.</summary>
    private const double RaggedStretchEms = 3;

    // Working lists of the line being built, kept per thread (documents are set in parallel, one per thread) and
    // reused from line to line: only what a line keeps is allocated for it.
    [ThreadStatic]
    private static List<LinePiece>? linePieces;

    [ThreadStatic]
    private static List<PlacedFragment>? linePlaced;

    [ThreadStatic]
    private static List<LinkArea?>? lineSegments;

    [ThreadStatic]
    private static List<LinkArea>? lineLinks;

    public static List<ParagraphLine> Set(ParagraphText paragraph, double width, ParagraphStyle style)
    {
        var justify = style.Alignment == TextAlignment.Justify;
        var items = SplitOverlongWords(paragraph, paragraph.Items, width);
        var em = paragraph.FirstSpan?.Style.Size ?? 10;
        var lineEndStretch = justify ? 0 : RaggedStretchEms * em;
        int[]? breaks = null;
        var totals = new KnuthPlassLineBreaker.Totals(items, ragged: !justify);
        foreach (var tolerance in justify ? JustifiedTolerances : RaggedTolerances)
        {
            breaks = KnuthPlassLineBreaker.Break(items, totals, width, tolerance, lineEndStretch);
            if (breaks is not null)
            {
                break;
            }
        }

        breaks ??= GreedyLineBreaker.Break(items, width);
        return BuildLines(paragraph, items, breaks, width, style);
    }

    private static BreakItem[] SplitOverlongWords(ParagraphText paragraph, BreakItem[] items, double width)
    {
        if (!HasBoxWiderThan(items, width))
        {
            return items;
        }

        var result = new List<BreakItem>(items.Length + 8);
        foreach (var item in items)
        {
            if (item.Kind != ItemKind.Box || item.Width <= width)
            {
                result.Add(item);
                continue;
            }

            var boundaries = TextElementBoundaries(paragraph, item.Start, item.End);
            var start = item.Start;
            while (start < item.End)
            {
                var hyphen = paragraph.Hyphen(paragraph.SpanAt(start));
                // The longest prefix (in whole characters) that fits with its hyphen. Galloping from the start
                // keeps each trial as short as the piece it finds: a binary search over the whole rest of the
                // word measured the rest again for every line, quadratic in the word's length.
                var first = boundaries.BinarySearch(start) + 1;
                var last = boundaries.Count - 1;
                bool Fits(int index)
                {
                    var end = boundaries[index];
                    var extra = end < item.End ? hyphen.Width : 0;
                    return paragraph.BuildBox(start, end).Width + extra <= width;
                }

                var good = first - 1;
                var probe = first;
                for (var step = 1; probe <= last && Fits(probe); step *= 2)
                {
                    good = probe;
                    probe = first + step;
                }

                var bad = Math.Min(probe, last + 1);
                while (bad - good > 1)
                {
                    var middle = (good + bad) / 2;
                    if (Fits(middle))
                    {
                        good = middle;
                    }
                    else
                    {
                        bad = middle;
                    }
                }

                // At least one character per line, even when a single one is wider than the frame.
                var best = Math.Max(good, first);
                var pieceEnd = boundaries[best];
                result.Add(paragraph.BuildBox(start, pieceEnd));
                if (pieceEnd < item.End)
                {
                    result.Add(BreakItem.Penalty(0, true, hyphen));
                }

                start = pieceEnd;
            }
        }

        return [.. result];
    }

    private static bool HasBoxWiderThan(BreakItem[] items, double width)
    {
        for (var index = 0; index < items.Length; index++)
        {
            if (items[index].Kind == ItemKind.Box && items[index].Width > width)
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> TextElementBoundaries(ParagraphText paragraph, int start, int end)
    {
        var box = paragraph.BuildBox(start, end);
        var text = new System.Text.StringBuilder();
        foreach (var fragment in box.Fragments)
        {
            text.Append(fragment.Run.Text);
        }

        var boundaries = new List<int>();
        foreach (var offset in StringInfo.ParseCombiningCharacters(text.ToString()))
        {
            boundaries.Add(start + offset);
        }

        boundaries.Add(end);
        return boundaries;
    }

    private static List<ParagraphLine> BuildLines(ParagraphText paragraph, BreakItem[] items, int[] breaks, double width, ParagraphStyle style)
    {
        var lines = new List<ParagraphLine>(breaks.Length);
        var start = 0;
        foreach (var end in breaks)
        {
            while (start < end && items[start].Kind != ItemKind.Box)
            {
                start++;
            }

            lines.Add(BuildLine(paragraph, items, start, end, width, style));
            start = end + 1;
        }

        return lines;
    }

    private static ParagraphLine BuildLine(ParagraphText paragraph, BreakItem[] items, int start, int end, double width, ParagraphStyle style)
    {
        var breakItem = items[end];
        var ragged = style.Alignment != TextAlignment.Justify;
        double natural = 0, stretch = 0, shrink = 0;
        for (var index = start; index < end; index++)
        {
            var item = items[index];
            if (item.Kind == ItemKind.Penalty)
            {
                continue;
            }

            natural += item.Width;
            stretch += item.Stretch(ragged);
            shrink += item.Shrink(ragged);
        }

        if (breakItem.Kind == ItemKind.Penalty)
        {
            natural += breakItem.Width;
        }

        var ratio = 0.0;
        if (natural < width && stretch > 0)
        {
            ratio = (width - natural) / stretch;
            if (ratio > LoosestJustifiedRatio && stretch < BreakItem.Fill)
            {
                ratio = 0;
            }
        }
        else if (natural > width && shrink > 0)
        {
            ratio = Math.Max(-1, (width - natural) / shrink);
        }

        // What the line holds in logical order: text fragments, and the spaces between words at their
        // justified widths. Reordered for display below (UAX #9, L2), then placed left to right.
        var pieces = linePieces ??= [];
        pieces.Clear();
        List<string>? footnotes = null;
        for (var index = start; index < end; index++)
        {
            var item = items[index];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    foreach (var fragment in item.Fragments)
                    {
                        pieces.Add(new LinePiece(fragment.Width, fragment, fragment.Span.Link, fragment.Level, true));
                        if (fragment.Span.FootnoteId is { } footnote && !(footnotes ??= []).Contains(footnote))
                        {
                            footnotes.Add(footnote);
                        }
                    }

                    break;
                case ItemKind.Glue when !item.IsFill:
                    var glue = item.Width + (ratio >= 0 ? ratio * item.Stretch(ragged) : ratio * item.Shrink(ragged));
                    // A real space glyph where the words part, so every PDF reader extracts the space.
                    pieces.Add(new LinePiece(glue, item.Space, item.Span?.Link, paragraph.Bidi.LevelAt(item.Start), false));
                    break;
            }
        }

        if (breakItem.Kind == ItemKind.Penalty)
        {
            // A hyphen belongs to the word it ends, and goes where that word's direction puts its end.
            var level = pieces.Count > 0 ? pieces[^1].Level : paragraph.Bidi.BaseLevel;
            foreach (var hyphen in breakItem.Fragments)
            {
                pieces.Add(new LinePiece(hyphen.Width, hyphen, hyphen.Span.Link, level, true));
            }
        }

        // Without right-to-left text the visual order is the logical one.
        var order = paragraph.Bidi.Levels is null ? null : Bidi.BidiParagraph.VisualOrder([.. pieces.Select(piece => piece.Level)]);
        var placed = linePlaced ??= [];
        placed.Clear();
        var segments = lineSegments ??= [];
        segments.Clear();
        var x = 0.0;
        var inkEnd = 0.0;
        for (var visual = 0; visual < pieces.Count; visual++)
        {
            var piece = pieces[order is null ? visual : order[visual]];
            if (piece.Fragment is { } fragment)
            {
                placed.Add(new PlacedFragment(x, fragment));
            }

            segments.Add(piece.Link is { } link ? new LinkArea(x, piece.Width, link) : null);
            x += piece.Width;
            if (piece.IsInk)
            {
                inkEnd = x;
            }
        }

        var inkWidth = Math.Min(inkEnd, width);
        var alignment = style.Alignment;
        if (paragraph.Bidi.IsRightToLeft && alignment is TextAlignment.Left or TextAlignment.Justify)
        {
            // Right-to-left text starts at the right: a short or last line is set flush right.
            alignment = TextAlignment.Right;
        }

        var indent = alignment switch
        {
            TextAlignment.Center => Math.Max(0, (width - inkWidth) / 2),
            TextAlignment.Right => Math.Max(0, width - inkWidth),
            _ => 0,
        };

        PlacedFragment[] kept = [.. placed];
        var (height, baseline) = Metrics(paragraph, kept, style);
        return new ParagraphLine(kept, inkWidth, height, baseline, MergeLinks(segments), footnotes ?? (IReadOnlyList<string>)[]) { Indent = indent };
    }

    private static (double Height, double Baseline) Metrics(ParagraphText paragraph, PlacedFragment[] placed, ParagraphStyle style)
    {
        var reference = paragraph.FirstSpan?.Style;
        foreach (var fragment in placed)
        {
            if (reference is null || fragment.Fragment.Style.Size > reference.Size)
            {
                reference = fragment.Fragment.Style;
            }
        }

        if (reference is null)
        {
            return (0, 0);
        }

        // Half-leading around the font's own ascent and descent keeps every line of a size on the same pitch.
        var size = reference.Size;
        var height = size * style.LineHeight;
        var face = reference.Family.Regular;
        var contentHeight = (face.Ascender + face.Descender) * size;
        return (height, ((height - contentHeight) / 2) + (face.Ascender * size));
    }

    private static LinkArea[] MergeLinks(List<LinkArea?> segments)
    {
        var links = lineLinks ??= [];
        links.Clear();
        LinkArea? current = null;
        foreach (var segment in segments)
        {
            if (current is { } open && segment is { } next && open.Target == next.Target)
            {
                current = open with { Width = next.X + next.Width - open.X };
                continue;
            }

            if (current is { } done)
            {
                links.Add(done);
            }

            current = segment;
        }

        if (current is { } last)
        {
            links.Add(last);
        }

        return links.Count == 0 ? [] : [.. links];
    }
}
