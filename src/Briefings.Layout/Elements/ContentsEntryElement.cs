using System.Globalization;
using Briefings.Layout.Drawing;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;

namespace Briefings.Layout.Elements;

/// <summary>
/// One line of a table of contents: the title (wrapping if long, never into the number's room), a dotted leader
/// from the end of its last line to the page number set flush right, and the whole entry a link to its
/// destination. The page number is known only when the document is complete, so the number and the leader that
/// ends at it are drawn then (<see cref="ICanvas.DrawWhenComplete"/>); its room is fixed, so the entry's height
/// does not depend on it. Kept whole on a page.
/// </summary>
public sealed class ContentsEntryElement(ParagraphElement title, string destination, ContentsEntryStyle style, TypesetContext context) : Element
{
    private const double Epsilon = 0.01;

    private bool drawn;

    public string Destination { get; } = destination;

    public override SpacePlan Measure(LayoutSpace space)
    {
        if (drawn)
        {
            return SpacePlan.Empty;
        }

        var height = title.Measure(TitleSpace(space)).Height;
        return height <= space.Height + Epsilon || space.IsPageTop ? SpacePlan.Full(height) : SpacePlan.Wrap("a contents entry is kept whole");
    }

    public override void Draw(ICanvas canvas, double x, double y, LayoutSpace space)
    {
        if (Measure(space).Kind != SpacePlanKind.Full)
        {
            return;
        }

        var titleSpace = TitleSpace(space);
        var lines = title.LinesAt(titleSpace.Width);
        title.Draw(canvas, x + style.Indent, y, titleSpace);
        drawn = true;
        if (lines.Count == 0)
        {
            return;
        }

        var last = lines[^1];
        var lastTop = y + lines.Take(lines.Count - 1).Sum(line => line.Height);
        var baseline = lastTop + last.Baseline;
        var right = x + space.Width;
        var leaderStart = x + style.Indent + last.Indent + last.Width;
        canvas.DrawWhenComplete((complete, totals) => DrawNumberAndLeader(complete, totals.PageOf(Destination), leaderStart, right, baseline));

        var height = lines.Sum(line => line.Height);
        canvas.LinkToDestination(new Rect(x + style.Indent, y, space.Width - style.Indent, height), Destination);
    }

    public override void Reset()
    {
        drawn = false;
        title.Reset();
    }

    public override ContentWidths MeasureContentWidths() => title.MeasureContentWidths() + (style.Indent + style.NumberWidth + style.LeaderGap);

    /// <summary>The page number flush right (none when the destination was never placed) and the dotted leader up to its room.</summary>
    private void DrawNumberAndLeader(ICanvas canvas, int? page, double leaderStart, double right, double baseline)
    {
        var numberLeft = right - style.NumberWidth;
        var number = style.Number;
        if (page is { } pageNumber)
        {
            var run = context.Shape(number.Face, pageNumber.ToString(CultureInfo.InvariantCulture));
            numberLeft = right - run.Width(number.Size);
            canvas.DrawText(run, numberLeft, baseline, number.Size, number.Color, 0);
        }

        // Dots on a page-wide grid, so the leaders of every entry line up under each other.
        var pitch = style.LeaderPitch;
        var first = Math.Ceiling((leaderStart + style.LeaderGap + (style.LeaderDiameter / 2)) / pitch) * pitch;
        var end = Math.Floor((numberLeft - style.LeaderGap - (style.LeaderDiameter / 2)) / pitch) * pitch;
        if (end >= first)
        {
            canvas.DrawDots(first, end, baseline - (style.LeaderDiameter / 2), pitch, style.LeaderDiameter, style.LeaderColor);
        }
    }

    private LayoutSpace TitleSpace(LayoutSpace space) =>
        new(Math.Max(1, space.Width - style.Indent - style.NumberWidth - style.LeaderGap), 1e7, true);
}
