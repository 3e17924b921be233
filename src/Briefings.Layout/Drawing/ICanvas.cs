using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

/// <summary>
/// Everything layout may do to a page. Coordinates are points from the page's top-left corner, y down.
/// Layout draws only through this interface, so it can be tested on a recording canvas.
/// </summary>
public interface ICanvas
{
    void BeginPage(Size size);

    void EndPage();

    /// <summary>Draws shaped glyphs with their pen starting at (x, baseline); <paramref name="letterSpacing"/> is added after every glyph.</summary>
    void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing);

    /// <summary>
    /// Draws nothing, but says a later pass may draw these glyphs (the page numbers of a contents block, unknown
    /// until the pages are counted): a canvas that collects the glyphs to embed keeps them.
    /// </summary>
    void Reserve(ShapedRun run);

    void FillRectangle(Rect rect, Color color);

    void StrokeRectangle(Rect rect, Color color, double lineWidth);

    void DrawLine(double x1, double y1, double x2, double y2, Color color, double lineWidth);

    /// <summary>A row of round dots (a leader) centred on <paramref name="y"/>, the first at <paramref name="x1"/>, one every <paramref name="pitch"/>, none past <paramref name="x2"/>.</summary>
    void DrawDots(double x1, double x2, double y, double pitch, double diameter, Color color);

    /// <summary>A clickable area opening a URI (http, https or mailto: callers filter).</summary>
    void LinkToUri(Rect area, string uri);

    /// <summary>A clickable area jumping to a named destination defined anywhere in the document.</summary>
    void LinkToDestination(Rect area, string name);

    /// <summary>Defines a named destination at a point of the current page; a name already defined keeps its first place.</summary>
    void DefineDestination(string name, double x, double y);
}
