using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

/// <summary>Remembers every drawing call, page by page, so tests can assert where things went.</summary>
public sealed class RecordingCanvas : ICanvas
{
    private RecordedPage? current;

    public List<RecordedPage> Pages { get; } = [];

    public void BeginPage(Size size)
    {
        current = new RecordedPage(Pages.Count + 1, size);
        Pages.Add(current);
    }

    public void EndPage() => current = null;

    public void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing) =>
        Add(new TextDrawn(run.Text, run.Face.Name, x, baseline, size, run.Width(size) + letterSpacing * run.Glyphs.Length, color));

    public void Reserve(ShapedRun run)
    {
        // Reserving glyphs draws nothing, so there is nothing to record.
    }

    public void FillRectangle(Rect rect, Color color) => Add(new RectangleFilled(rect, color));

    public void StrokeRectangle(Rect rect, Color color, double lineWidth) => Add(new RectangleStroked(rect, color, lineWidth));

    public void DrawLine(double x1, double y1, double x2, double y2, Color color, double lineWidth) =>
        Add(new LineDrawn(x1, y1, x2, y2, color, lineWidth));

    public void DrawDots(double x1, double x2, double y, double pitch, double diameter, Color color) =>
        Add(new DotsDrawn(x1, x2, y, pitch, diameter, color));

    public void LinkToUri(Rect area, string uri) => Add(new UriLinked(area, uri));

    public void LinkToDestination(Rect area, string name) => Add(new DestinationLinked(area, name));

    public void DefineDestination(string name, double x, double y) => Add(new DestinationDefined(name, x, y));

    private void Add(RecordedOperation operation) =>
        (current ?? throw new InvalidOperationException("drawing outside a page")).Operations.Add(operation);
}
