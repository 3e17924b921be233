using Briefings.Layout.Documents;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

/// <summary>
/// Remembers every drawing call, page by page, so tests can assert where things went. Deferred drawings are recorded
/// when the document ends, at the place in their page's operations where they were asked for, as a PDF shows them.
/// </summary>
public sealed class RecordingCanvas : ICanvas
{
    private readonly List<(RecordedPage Page, int Index, Action<ICanvas, DocumentTotals> Draw)> deferred = [];
    private readonly Dictionary<string, int> destinationPages = new(StringComparer.Ordinal);
    private RecordedPage? current;
    private bool completing;

    public List<RecordedPage> Pages { get; } = [];

    public void BeginPage(Size size)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "begin a page");
        current = new RecordedPage(Pages.Count + 1, size);
        Pages.Add(current);
    }

    public void EndPage()
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "end a page");
        current = null;
    }

    public void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing) =>
        Add(new TextDrawn(run.Text, run.Face.Name, x, baseline, size, run.Width(size) + letterSpacing * run.Glyphs.Length, color));

    public void DrawWhenComplete(Action<ICanvas, DocumentTotals> draw)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "defer a drawing");
        var page = current ?? throw new InvalidOperationException("drawing outside a page");
        deferred.Add((page, page.Operations.Count, draw));
    }

    public void EndDocument()
    {
        var totals = new DocumentTotals(Pages.Count, destinationPages);
        completing = true;
        try
        {
            // Last first: an insertion then never moves the place of one still to come (same page, same or lower index).
            for (var index = deferred.Count - 1; index >= 0; index--)
            {
                var (page, at, draw) = deferred[index];
                var before = page.Operations.Count;
                current = page;
                draw(this, totals);
                var drawn = page.Operations.GetRange(before, page.Operations.Count - before);
                page.Operations.RemoveRange(before, drawn.Count);
                page.Operations.InsertRange(at, drawn);
            }
        }
        finally
        {
            completing = false;
            current = null;
            deferred.Clear();
        }
    }

    public void FillRectangle(Rect rect, Color color) => Add(new RectangleFilled(rect, color));

    public void StrokeRectangle(Rect rect, Color color, double lineWidth) => Add(new RectangleStroked(rect, color, lineWidth));

    public void DrawLine(double x1, double y1, double x2, double y2, Color color, double lineWidth) =>
        Add(new LineDrawn(x1, y1, x2, y2, color, lineWidth));

    public void DrawDots(double x1, double x2, double y, double pitch, double diameter, Color color) =>
        Add(new DotsDrawn(x1, x2, y, pitch, diameter, color));

    public void LinkToUri(Rect area, string uri)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "link");
        Add(new UriLinked(area, uri));
    }

    public void LinkToDestination(Rect area, string name)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "link");
        Add(new DestinationLinked(area, name));
    }

    public void DefineDestination(string name, double x, double y)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "define a destination");
        Add(new DestinationDefined(name, x, y));
        destinationPages.TryAdd(name, current!.Number);
    }

    private void Add(RecordedOperation operation) =>
        (current ?? throw new InvalidOperationException("drawing outside a page")).Operations.Add(operation);
}
