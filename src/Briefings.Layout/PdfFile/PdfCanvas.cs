using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// Draws pages straight into PDF objects. The content stream works in the layout's own coordinates (points from
/// the top-left corner, y down) under one flipping matrix; text is one TJ array per line and font, whose
/// kerning numbers put every glyph exactly where HarfBuzz placed it, so what was measured is what prints.
/// A page's objects (content, link annotations, the page) are written when it ends, so a long document is never
/// held as drawing commands. A drawing deferred to the end of the document is a form XObject: the page shows it
/// where it was asked for (<c>Do</c>, in drawing order, so text extracts in reading order), and its content is
/// written when the document ends.
/// </summary>
internal sealed class PdfCanvas(PdfObjectFile file, PdfDocumentResources resources, bool pdfA) : ICanvas
{
    private readonly PdfBuffer pageContent = new(1 << 15);
    private readonly PdfBuffer formContent = new(1 << 10);
    private readonly List<int> annotations = [];
    private readonly PdfTextState text = new(showsMissingGlyph: !pdfA);
    private readonly List<(int Form, Size Page, Action<ICanvas, DocumentTotals> Draw)> deferred = [];
    private readonly Dictionary<string, int> destinationPages = new(StringComparer.Ordinal);
    private PdfBuffer content = null!;
    private bool completing;
    private Size page;
    private int pageObject;
    private Color? fillColor;
    private Color? strokeColor;
    private double lineWidth = 1;

    public void BeginPage(Size size)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "begin a page");
        page = size;
        pageObject = file.Reserve();
        resources.Pages.Add(pageObject);
        annotations.Clear();
        Start(pageContent);
        content.Ascii("1 0 0 -1 0 ").Number(size.Height).Ascii(" cm\n");
    }

    public void EndPage()
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "end a page");
        text.End(content);
        var contents = file.Reserve();
        file.Stream(contents, string.Empty, content.Written);

        var output = file.Begin(pageObject).Ascii("<</Type/Page/Parent ").Integer(resources.PageTree).Ascii(" 0 R/MediaBox[0 0 ")
            .Number(page.Width).Byte((byte)' ').Number(page.Height).Ascii("]/Resources ").Integer(resources.ResourceDictionary)
            .Ascii(" 0 R/Contents ").Integer(contents).Ascii(" 0 R");
        if (annotations.Count > 0)
        {
            output.Ascii("/Annots[");
            foreach (var annotation in annotations)
            {
                output.Integer(annotation).Ascii(" 0 R ");
            }

            output.Byte((byte)']');
        }

        output.Ascii(">>");
        file.End();
    }

    public void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing)
    {
        if (run.Glyphs.Length == 0)
        {
            return;
        }

        text.Begin(content);
        if (fillColor != color)
        {
            // A colour cannot change inside a TJ array.
            text.CloseArray(content);
        }

        SetFill(color);

        text.Draw(content, resources.Font(run.Face), run, x, baseline, size, letterSpacing);
    }

    public void DrawWhenComplete(Action<ICanvas, DocumentTotals> draw)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "defer a drawing");
        text.End(content);
        var form = resources.Form(file.Reserve());
        content.Name(form.ResourceName).Ascii(" Do\n");
        deferred.Add((form.ObjectNumber, page, draw));
    }

    /// <summary>
    /// Writes the content of every deferred drawing as a form in page space: shown by <c>Do</c> under the page's
    /// flipping matrix, it draws in the same y-down coordinates as the page, and starts from the state the page had
    /// there, so colours, fonts and line widths are set afresh.
    /// </summary>
    public void EndDocument()
    {
        var totals = new DocumentTotals(resources.Pages.Count, destinationPages);
        completing = true;
        try
        {
            foreach (var (form, size, draw) in deferred)
            {
                Start(formContent);
                draw(this, totals);
                text.End(content);
                var bounds = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Type/XObject/Subtype/Form/BBox[0 0 {PdfBuffer.Rounded(size.Width)} {PdfBuffer.Rounded(size.Height)}]/Resources {resources.ResourceDictionary} 0 R");
                file.Stream(form, bounds, content.Written);
            }
        }
        finally
        {
            completing = false;
            deferred.Clear();
        }
    }

    public void FillRectangle(Rect rect, Color color)
    {
        text.End(content);
        SetFill(color);
        Rectangle(rect).Ascii(" re f\n");
    }

    public void StrokeRectangle(Rect rect, Color color, double lineWidth)
    {
        text.End(content);
        SetStroke(color, lineWidth);
        Rectangle(rect).Ascii(" re S\n");
    }

    public void DrawLine(double x1, double y1, double x2, double y2, Color color, double lineWidth)
    {
        text.End(content);
        SetStroke(color, lineWidth);
        content.Number(x1).Byte((byte)' ').Number(y1).Ascii(" m ").Number(x2).Byte((byte)' ').Number(y2).Ascii(" l S\n");
    }

    public void DrawDots(double x1, double x2, double y, double pitch, double diameter, Color color)
    {
        if (x2 < x1 || pitch <= 0)
        {
            return;
        }

        text.End(content);

        // Each dot is a zero-length line with round caps: a few bytes where a filled circle costs a hundred. The
        // round caps and the width live inside q/Q, so the state tracked for other strokes stays true.
        content.Ascii("q 1 J ").Number(diameter).Ascii(" w ");
        SetColor(color, "RG");
        for (var x = x1; x <= x2 + 1e-9; x += pitch)
        {
            content.Number(x).Byte((byte)' ').Number(y).Ascii(" m ").Number(x).Byte((byte)' ').Number(y).Ascii(" l\n");
        }

        content.Ascii("S Q\n");
    }

    public void LinkToUri(Rect area, string uri)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "link");
        var output = BeginLink(area).Ascii("/A<</S/URI/URI ");
        output.LiteralString(UriText.Ascii(uri)).Ascii(">>>>");
        file.End();
    }

    public void LinkToDestination(Rect area, string name)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "link");
        BeginLink(area).Ascii("/Dest ").Name(DestinationNameFor(name)).Ascii(">>");
        file.End();
    }

    public void DefineDestination(string name, double x, double y)
    {
        DeferredDrawingRules.RefuseWhileCompleting(completing, "define a destination");

        // A name defined twice (a repeated table header holding an anchor) keeps its first place: the catalog's
        // /Dests cannot hold a key twice.
        resources.Destinations.TryAdd(DestinationNameFor(name), new PdfDestination(pageObject, x, page.Height - y));
        destinationPages.TryAdd(name, resources.Pages.Count);
    }

    /// <summary>
    /// Starts drawing into <paramref name="target"/> from a state that assumes nothing of what came before: a page
    /// starts with PDF's default line width of 1, a form with whatever its page had set (unknown, so NaN, which
    /// equals no width and so is always set before a stroke).
    /// </summary>
    private void Start(PdfBuffer target)
    {
        content = target;
        content.Clear();
        text.Reset();
        fillColor = null;
        strokeColor = null;
        lineWidth = ReferenceEquals(target, pageContent) ? 1 : double.NaN;
    }

    private static string DestinationNameFor(string name) => DestinationNames.Safe(name);

    /// <summary>
    /// Starts a link annotation over <paramref name="area"/> (in PDF's y-up page space), borderless and marked
    /// printable (/F 4, which PDF/A requires of every annotation).
    /// </summary>
    private PdfBuffer BeginLink(Rect area)
    {
        var annotation = file.Reserve();
        annotations.Add(annotation);
        return file.Begin(annotation).Ascii("<</Type/Annot/Subtype/Link/F 4/Border[0 0 0]/Rect[")
            .Number(area.X).Byte((byte)' ').Number(page.Height - area.Bottom).Byte((byte)' ')
            .Number(area.Right).Byte((byte)' ').Number(page.Height - area.Y).Byte((byte)']');
    }

    private PdfBuffer Rectangle(Rect rect) =>
        content.Number(rect.X).Byte((byte)' ').Number(rect.Y).Byte((byte)' ').Number(rect.Width).Byte((byte)' ').Number(rect.Height);

    private void SetFill(Color color)
    {
        if (fillColor != color)
        {
            SetColor(color, "rg");
            fillColor = color;
        }
    }

    private void SetStroke(Color color, double width)
    {
        if (strokeColor != color)
        {
            SetColor(color, "RG");
            strokeColor = color;
        }

        if (lineWidth != width)
        {
            content.Number(width).Ascii(" w\n");
            lineWidth = width;
        }
    }

    private void SetColor(Color color, string operatorName) =>
        content.Number(color.Red / 255.0).Byte((byte)' ').Number(color.Green / 255.0).Byte((byte)' ').Number(color.Blue / 255.0)
            .Byte((byte)' ').Ascii(operatorName).Byte((byte)'\n');
}
