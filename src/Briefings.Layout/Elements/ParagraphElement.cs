using Briefings.Layout.Drawing;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;

namespace Briefings.Layout.Elements;

/// <summary>
/// Text set into lines (total-fit breaking), split across pages by whole lines with widow and orphan control.
/// Lines are set once per width and reused by every measure and draw at that width.
/// </summary>
public sealed class ParagraphElement : Element
{
    private const double Epsilon = 0.01;

    private readonly ParagraphText text;
    private readonly ParagraphStyle style;
    private List<ParagraphLine>? lines;
    private double linesWidth = double.NaN;
    private int firstLine;

    public ParagraphElement(IReadOnlyList<TextSpan> spans, ParagraphStyle style, TypesetContext context)
    {
        text = new ParagraphText(spans, context, style.Direction ?? context.Direction);
        this.style = style;
    }

    public ParagraphStyle Style => style;

    /// <summary>The lines this paragraph makes at a width, as text (for tests and diagnostics).</summary>
    public IReadOnlyList<string> LineTexts(double width) => [.. Lines(width).Select(LineText)];

    /// <summary>The height of the first line at a width: what a heading or a list marker aligns with.</summary>
    public double FirstLineHeight(double width) => Lines(width) is { Count: > 0 } set ? set[0].Height : 0;

    /// <summary>The set lines at a width, for elements that draw beside a paragraph's last line (contents leaders).</summary>
    internal IReadOnlyList<ParagraphLine> LinesAt(double width) => Lines(width);

    public override SpacePlan Measure(LayoutSpace space)
    {
        var (count, height) = Fit(space);
        if (count < 0)
        {
            return SpacePlan.Wrap("not enough room for the paragraph's first lines");
        }

        var set = Lines(space.Width);
        var remaining = set.Count - firstLine;
        if (remaining <= 0)
        {
            return SpacePlan.Empty;
        }

        var footnotes = Footnotes(set, firstLine, count);
        return count == remaining ? SpacePlan.Full(height, footnotes) : SpacePlan.Partial(height, footnotes);
    }

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        var (count, _) = Fit(space);
        if (count <= 0)
        {
            return;
        }

        var set = Lines(space.Width);
        var top = y;
        for (var index = firstLine; index < firstLine + count; index++)
        {
            var line = set[index];
            DrawLine(canvas, line, x + line.Indent, top);
            top += line.Height;
        }

        firstLine += count;
    }

    public override void Reset() => firstLine = 0;

    public override ContentWidths MeasureContentWidths() => new(text.MinContentWidth, text.MaxContentWidth);

    private static string LineText(ParagraphLine line)
    {
        var builder = new System.Text.StringBuilder();
        var end = 0.0;
        foreach (var (x, fragment) in line.Fragments)
        {
            if (string.IsNullOrWhiteSpace(fragment.Run.Text))
            {
                continue;
            }

            if (builder.Length > 0 && x > end + 0.01)
            {
                builder.Append(' ');
            }

            builder.Append(fragment.Run.Text);
            end = x + fragment.Width;
        }

        return builder.ToString();
    }

    private static IReadOnlyList<string>? Footnotes(List<ParagraphLine> set, int start, int count)
    {
        List<string>? footnotes = null;
        for (var index = start; index < start + count; index++)
        {
            // Indexed, not foreach: this runs on every measure, and an interface enumerator is an allocation.
            var lineNotes = set[index].Footnotes;
            for (var note = 0; note < lineNotes.Count; note++)
            {
                var footnote = lineNotes[note];
                footnotes ??= [];
                if (!footnotes.Contains(footnote))
                {
                    footnotes.Add(footnote);
                }
            }
        }

        return footnotes;
    }

    private static void DrawLine(ICanvas canvas, ParagraphLine line, double x, double top)
    {
        var baseline = top + line.Baseline;
        var fragments = line.Fragments;
        for (var index = 0; index < fragments.Count; index++)
        {
            var (offset, fragment) = fragments[index];
            var fragmentStyle = fragment.Style;
            var fragmentX = x + offset;
            canvas.DrawText(fragment.Run, fragmentX, baseline - fragmentStyle.Rise, fragmentStyle.GlyphSize, fragmentStyle.Color, fragmentStyle.LetterSpacing);
            var thickness = Math.Max(0.4, fragmentStyle.GlyphSize / 18);
            if (fragmentStyle.Strikethrough)
            {
                var strikeY = baseline - fragmentStyle.Rise - (fragmentStyle.GlyphSize * 0.28);
                canvas.DrawLine(fragmentX, strikeY, fragmentX + fragment.Width, strikeY, fragmentStyle.Color, thickness);
            }

            if (fragmentStyle.Underline)
            {
                var underlineY = baseline + (fragmentStyle.GlyphSize * 0.12);
                canvas.DrawLine(fragmentX, underlineY, fragmentX + fragment.Width, underlineY, fragmentStyle.Color, thickness);
            }
        }

        for (var index = 0; index < fragments.Count; index++)
        {
            var (offset, fragment) = fragments[index];
            if (fragment.Span.Anchor is { } anchor)
            {
                canvas.DefineDestination(anchor, x + offset, top);
            }
        }

        var links = line.Links;
        for (var index = 0; index < links.Count; index++)
        {
            var link = links[index];
            var area = new Rect(x + link.X, top, link.Width, line.Height);
            if (link.Target.IsInternal)
            {
                canvas.LinkToDestination(area, link.Target.Value);
            }
            else
            {
                canvas.LinkToUri(area, link.Target.Value);
            }
        }
    }

    /// <returns>How many lines go on this page and their height; -1 lines when the paragraph must wrap.</returns>
    private (int Count, double Height) Fit(LayoutSpace space)
    {
        var set = Lines(space.Width);
        var remaining = set.Count - firstLine;
        if (remaining <= 0)
        {
            return (0, 0);
        }

        var count = 0;
        var height = 0.0;
        while (count < remaining && height + set[firstLine + count].Height <= space.Height + Epsilon)
        {
            height += set[firstLine + count].Height;
            count++;
        }

        if (count == remaining)
        {
            return (count, height);
        }

        // Leave at least `Widows` lines for the next page, and at least `Orphans` here when starting.
        if (remaining - count < style.Widows)
        {
            count = Math.Max(0, remaining - style.Widows);
        }

        var fewest = firstLine == 0 ? Math.Min(style.Orphans, remaining) : 1;
        if (count < fewest)
        {
            if (!space.IsPageTop)
            {
                return (-1, 0);
            }

            // At the top of a page waiting cannot help: set what fits, at least one line.
            count = Math.Max(1, Math.Min(remaining, CountFitting(set, space.Height)));
        }

        height = 0;
        for (var index = firstLine; index < firstLine + count; index++)
        {
            height += set[index].Height;
        }

        return (count, height);
    }

    private int CountFitting(List<ParagraphLine> set, double available)
    {
        var count = 0;
        var height = 0.0;
        while (firstLine + count < set.Count && height + set[firstLine + count].Height <= available + Epsilon)
        {
            height += set[firstLine + count].Height;
            count++;
        }

        return count;
    }

    private List<ParagraphLine> Lines(double width)
    {
        if (lines is null || Math.Abs(linesWidth - width) > 1e-9)
        {
            lines = text.IsEmpty ? [] : LineSetter.Set(text, width, style);
            linesWidth = width;
        }

        return lines;
    }
}
