using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

/// <summary>
/// Draws nothing. The passes before the real one run on it to learn the page count ("Page X of Y"), the page of
/// every named destination (contents) and which glyphs of which fonts the document uses (to subset them).
/// </summary>
public sealed class DiscardCanvas : ICanvas
{
    private readonly Dictionary<FontFace, UsageCollector> usage = [];
    private readonly List<FontFace> order = [];
    private readonly Dictionary<string, int> destinations = new(StringComparer.Ordinal);

    public int PageCount { get; private set; }

    /// <summary>The page each named destination was defined on (the first, if defined twice).</summary>
    public IReadOnlyDictionary<string, int> Destinations => destinations;

    /// <summary>Fonts in the order they were first used, with what was used of them.</summary>
    public IEnumerable<(FontFace Face, FontUsage Usage)> FontsUsed => order.Select(face => (face, usage[face].ToUsage()));

    public void BeginPage(Size size) => PageCount++;

    public void EndPage()
    {
    }

    public void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing) => Reserve(run);

    public void Reserve(ShapedRun run)
    {
        if (!usage.TryGetValue(run.Face, out var used))
        {
            used = new UsageCollector();
            usage.Add(run.Face, used);
            order.Add(run.Face);
        }

        used.Add(run);
    }

    public void FillRectangle(Rect rect, Color color)
    {
    }

    public void StrokeRectangle(Rect rect, Color color, double lineWidth)
    {
    }

    public void DrawLine(double x1, double y1, double x2, double y2, Color color, double lineWidth)
    {
    }

    public void LinkToUri(Rect area, string uri)
    {
    }

    public void LinkToDestination(Rect area, string name)
    {
    }

    public void DefineDestination(string name, double x, double y) => destinations.TryAdd(name, PageCount);

    public void DrawDots(double x1, double x2, double y, double pitch, double diameter, Color color)
    {
    }
}
