using Briefings.Layout.Documents;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

/// <summary>
/// Everything layout may do to a page. Coordinates are points from the page's top-left corner, y down.
/// Layout draws only through this interface, so it can be tested on a recording canvas. A document is drawn once,
/// page after page, and ended with <see cref="EndDocument"/>; what depends on the whole document is deferred
/// with <see cref="DrawWhenComplete"/> rather than drawn in a second pass.
/// </summary>
public interface ICanvas
{
    void BeginPage(Size size);

    void EndPage();

    /// <summary>Draws shaped glyphs with their pen starting at (x, baseline); <paramref name="letterSpacing"/> is added after every glyph.</summary>
    void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing);

    /// <summary>
    /// Draws, once the document is complete, what only the complete document knows (the page count of a footer,
    /// the page numbers of a table of contents): at this point of the current page and in its drawing order, as if
    /// drawn now. <paramref name="draw"/> may draw text, rules, rectangles and dots; it may not begin or end pages,
    /// link or define destinations, and must depend on nothing but the totals and what it captured.
    /// </summary>
    void DrawWhenComplete(Action<ICanvas, DocumentTotals> draw);

    /// <summary>The last page has ended: the drawings deferred with <see cref="DrawWhenComplete"/> are drawn now.</summary>
    void EndDocument();

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
