using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Documents;

/// <summary>
/// Pages a body of blocks: one page at a time, footnotes at the foot of the page that references them (continued
/// on the next page when too long), header and footer around. The document is laid out once: what needs the
/// whole of it ("Page X of Y", a contents block's page numbers) is drawn through
/// <see cref="ICanvas.DrawWhenComplete"/>, so each page is finished when it ends and nothing is kept for a second
/// pass. <see cref="Render"/> resets all element state first.
/// </summary>
public sealed class DocumentLayout(
    Element body,
    Size pageSize,
    Thickness margins,
    IPageDecorator? decorator = null,
    IFootnoteSource? footnotes = null,
    FootnoteStyle? footnoteStyle = null)
{
    private const int MaxPages = 100_000;
    private const double Epsilon = 0.01;

    private readonly FootnoteStyle notesStyle = footnoteStyle ?? new FootnoteStyle(Color.Black);

    public Size PageSize { get; } = pageSize;

    public Rect Body { get; } = new(margins.Left, margins.Top, pageSize.Width - margins.Horizontal, pageSize.Height - margins.Vertical);

    /// <returns>The number of pages drawn.</returns>
    public int Render(ICanvas canvas)
    {
        body.Reset();
        footnotes?.Reset();

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var carried = new List<Element>();
        var pageNumber = 0;
        var finished = false;
        while (!finished)
        {
            if (++pageNumber > MaxPages)
            {
                throw new LayoutException($"the document does not end after {MaxPages} pages");
            }

            var page = new PageContext(pageNumber, PageSize, Body);
            canvas.BeginPage(PageSize);
            decorator?.DrawHeader(canvas, page);
            var (bodySpace, plan, notes, reserve) = PlanPage(carried, placed);
            if (plan.Kind == SpacePlanKind.Wrap && notes.Count == 0)
            {
                throw new LayoutException($"a block does not fit on an empty page ({plan.Reason})");
            }

            if (plan.Kind != SpacePlanKind.Wrap)
            {
                body.Draw(canvas, Body.X, Body.Y, bodySpace);
            }

            var referenced = plan.Footnotes ?? [];
            for (var index = 0; index < referenced.Count; index++)
            {
                placed.Add(referenced[index]);
            }

            carried = DrawNotes(canvas, notes, reserve);
            foreach (var note in notes)
            {
                if (!carried.Contains(note))
                {
                    footnotes?.Release(note);
                }
            }

            decorator?.DrawFooter(canvas, page);
            canvas.EndPage();
            finished = plan.IsComplete && carried.Count == 0;
        }

        canvas.EndDocument();
        return pageNumber;
    }

    private (LayoutSpace Space, SpacePlan Plan, List<Element> Notes, double Reserve) PlanPage(List<Element> carried, HashSet<string> placed)
    {
        var separator = notesStyle.GapAbove + notesStyle.SeparatorThickness + notesStyle.GapBelow;
        var cap = Body.Height * notesStyle.MaxShare;

        (LayoutSpace Space, SpacePlan Plan, List<Element> Notes, double Needed) Try(double bodyHeight)
        {
            var space = new LayoutSpace(Body.Width, bodyHeight, true);
            var plan = body.Measure(space);
            var notes = new List<Element>(carried);
            var referenced = plan.Footnotes ?? [];
            for (var index = 0; index < referenced.Count; index++)
            {
                var id = referenced[index];
                if (!placed.Contains(id) && footnotes?.Note(id) is { } note && !notes.Contains(note))
                {
                    notes.Add(note);
                }
            }

            return (space, plan, notes, notes.Count == 0 ? 0 : separator + NotesHeight(notes));
        }

        // The tallest body whose footnotes fit below it: more body means more references and so more notes,
        // so the test is monotone and a bisection finds the boundary to a fraction of a point.
        var full = Try(Body.Height);
        if (full.Needed <= Epsilon)
        {
            return (full.Space, full.Plan, full.Notes, 0);
        }

        var low = Body.Height - cap;
        var high = Body.Height;
        var best = Try(low);
        if (best.Needed <= cap + Epsilon)
        {
            for (var step = 0; step < 14 && high - low > 0.25; step++)
            {
                var middle = (low + high) / 2;
                var attempt = Try(middle);
                if (attempt.Needed <= Body.Height - middle + Epsilon)
                {
                    (low, best) = (middle, attempt);
                }
                else
                {
                    high = middle;
                }
            }
        }

        return (best.Space, best.Plan, best.Notes, Body.Height - best.Space.Height);
    }

    private double NotesHeight(List<Element> notes) =>
        Notes(notes).Measure(new LayoutSpace(Body.Width, 1e7, true)).Height;

    private ColumnElement Notes(List<Element> notes) =>
        new([.. notes.Select(note => new ColumnItem(note, notesStyle.NoteSpacing, notesStyle.NoteSpacing))]);

    private List<Element> DrawNotes(ICanvas canvas, List<Element> notes, double reserve)
    {
        if (notes.Count == 0)
        {
            return [];
        }

        var separator = notesStyle.GapAbove + notesStyle.SeparatorThickness + notesStyle.GapBelow;
        var column = Notes(notes);
        var space = new LayoutSpace(Body.Width, Math.Max(0, reserve - separator), true);
        var plan = column.Measure(space);
        var top = Body.Bottom - plan.Height;
        var ruleY = top - notesStyle.GapBelow - (notesStyle.SeparatorThickness / 2);
        canvas.DrawLine(Body.X, ruleY, Body.X + (Body.Width * notesStyle.SeparatorWidth), ruleY, notesStyle.SeparatorColor, notesStyle.SeparatorThickness);
        column.Draw(canvas, Body.X, top, space);
        return [.. column.Remaining.Select(item => item.Element)];
    }
}
