using Briefings.Layout.Drawing;

namespace Briefings.Layout.Documents;

/// <summary>Running header and footer, drawn in the margins of every page (before and after the body, so text extracts in reading order).</summary>
public interface IPageDecorator
{
    void DrawHeader(ICanvas canvas, PageContext page);

    void DrawFooter(ICanvas canvas, PageContext page);
}
