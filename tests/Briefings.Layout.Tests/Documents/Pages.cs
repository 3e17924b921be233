using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;

namespace Briefings.Layout.Tests.Documents;

/// <summary>Builds small documents on a small page and renders them on the recording canvas.</summary>
internal static class Pages
{
    public const double Width = 300;
    public const double Margin = 20;

    public static ParagraphElement Paragraph(string text, TypesetContext context, TextStyle? style = null) =>
        new([new TextSpan(text, style ?? TestFonts.Body)], new ParagraphStyle(TextAlignment.Justify, 1.3), context);

    public static string Words(int count, string prefix = "word") =>
        string.Join(' ', Enumerable.Range(1, count).Select(index => $"{prefix}{index}"));

    public static RecordingCanvas Render(Element body, double height, IReadOnlyDictionary<string, Element>? footnotes = null)
    {
        var layout = new DocumentLayout(body, new Size(Width, height), Thickness.All(Margin), null, footnotes is null ? null : new FootnoteTable(footnotes), new FootnoteStyle(Color.Black));
        var canvas = new RecordingCanvas();
        layout.Render(canvas);
        return canvas;
    }

    /// <summary>The line pitch of body text: 10.5 pt × 1.3.</summary>
    public static double Line => 10.5 * 1.3;
}
