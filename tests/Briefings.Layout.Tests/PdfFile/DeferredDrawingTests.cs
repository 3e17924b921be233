using System.Globalization;
using System.Text;
using Briefings.Layout.Drawing;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Testing.ExternalTools;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>
/// What only the complete document knows is drawn once its last page has ended, as a form the page shows where the
/// drawing was asked for: the page count of a footer, the page numbers of a contents block. Checked with readers we
/// did not write.
/// </summary>
public sealed class DeferredDrawingTests
{
    private static FontFace Body => TestFonts.Caladea.Regular;

    private static ShapedRun Shape(string text) => TestFonts.Library.Shaper.Shape(Body, text, rightToLeft: false);

    /// <summary>"Before", then the deferred "Page N of TOTAL", then "After", on one baseline of every page.</summary>
    private static byte[] Footers(int pages, bool pdfA = false) => TestPdf.Render(pages, (canvas, page) =>
    {
        canvas.DrawText(Shape("Before"), 72, 100, 10, Color.Black, 0);
        canvas.DrawWhenComplete((complete, totals) =>
            complete.DrawText(Shape(string.Create(CultureInfo.InvariantCulture, $"Page {page + 1} of {totals.PageCount}")), 160, 100, 10, Color.Black, 0));
        canvas.DrawText(Shape("After"), 300, 100, 10, Color.Black, 0);
    }, pdfA);

    [ToolFact(PdfToText.Tool)]
    public void The_page_count_appears_where_it_was_asked_for_in_the_page_s_reading_order()
    {
        var path = TestPdf.WriteTemp(Footers(3), "footers");

        using var document = PdfDocument.Open(path);
        Assert.Equal(
            ["Before Page 1 of 3 After", "Before Page 2 of 3 After", "Before Page 3 of 3 After"],
            document.GetPages().Select(page => Words(ContentOrderTextExtractor.GetText(page))));
        Assert.Equal("Before Page 1 of 3 After Before Page 2 of 3 After Before Page 3 of 3 After", Words(PdfToText.Extract(path)));
    }

    [ToolFact(Qpdf.Tool)]
    public void Documents_with_deferred_drawings_pass_qpdf_plain_and_as_pdfa()
    {
        foreach (var pdfA in new[] { false, true })
        {
            var check = Qpdf.Check(TestPdf.WriteTemp(Footers(4, pdfA), pdfA ? "footers-pdfa" : "footers"));

            Assert.True(check.ExitCode == 0 && check.Warnings.Count == 0, string.Join('\n', check.Warnings) + check.Output);
        }
    }

    [ToolFact(PdfFonts.Tool, PdfToText.Tool)]
    public void Glyphs_drawn_only_in_a_deferred_drawing_are_in_the_subset_and_read_as_their_text()
    {
        // The digits and "of" appear nowhere but in the deferred drawing.
        var after = 72 + Shape("Page ").Width(10);
        var pdf = TestPdf.Render(1, (canvas, _) =>
        {
            canvas.DrawText(Shape("Page"), 72, 100, 10, Color.Black, 0);
            canvas.DrawWhenComplete((complete, totals) => complete.DrawText(Shape(string.Create(CultureInfo.InvariantCulture, $"{totals.PageCount}0987654321 of")), after, 100, 10, Color.Black, 0));
        });
        var path = TestPdf.WriteTemp(pdf, "deferred-glyphs");

        var font = Assert.Single(PdfFonts.List(path));
        Assert.True(font.Embedded && font.Subset && font.HasToUnicode, font.ToString());
        Assert.Equal("Page 10987654321 of", PdfToText.Extract(path).Trim());
        using var document = PdfDocument.Open(path);
        var digits = document.GetPage(1).Letters.Where(letter => char.IsAsciiDigit(letter.Value[0])).ToList();
        Assert.Equal(11, digits.Count);
        Assert.All(digits, digit => Assert.True(digit.BoundingBox.Width > 0, $"glyph of '{digit.Value}' has an outline in the subset"));
    }

    [ToolFact(Qpdf.Tool)]
    public void A_deferred_drawing_sets_its_own_colour_and_line_width_instead_of_assuming_the_page_s()
    {
        // The page leaves a red fill and a half-point stroke set where the form is shown; the form draws in black
        // with a one-point stroke, PDF's default, which it must still set.
        var red = new Color(200, 0, 0);
        var pdf = TestPdf.Render(1, (canvas, _) =>
        {
            canvas.FillRectangle(new Rect(10, 10, 20, 20), red);
            canvas.DrawLine(10, 40, 100, 40, red, 0.5);
            canvas.DrawWhenComplete((complete, _) =>
            {
                complete.DrawText(Shape("late"), 72, 100, 10, Color.Black, 0);
                complete.DrawLine(10, 120, 100, 120, Color.Black, 1);
            });
        });

        var form = FormContent(TestPdf.WriteTemp(pdf, "deferred-state"));
        Assert.Contains("0 0 0 rg", form, StringComparison.Ordinal);
        Assert.Contains("0 0 0 RG", form, StringComparison.Ordinal);
        Assert.Contains("1 w", form, StringComparison.Ordinal);
        Assert.Contains(" Tf", form, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deferred_drawing_may_not_link_define_destinations_or_make_pages()
    {
        var refusals = new Action<ICanvas>[]
        {
            canvas => canvas.LinkToUri(new Rect(0, 0, 10, 10), "https://example.org/"),
            canvas => canvas.LinkToDestination(new Rect(0, 0, 10, 10), "somewhere"),
            canvas => canvas.DefineDestination("here", 0, 0),
            canvas => canvas.BeginPage(TestPdf.PageSize),
            canvas => canvas.EndPage(),
            canvas => canvas.DrawWhenComplete((_, _) => { }),
        };

        foreach (var refusal in refusals)
        {
            var pdf = Assert.Throws<InvalidOperationException>(() => TestPdf.Render(1, (canvas, _) => canvas.DrawWhenComplete((complete, _) => refusal(complete))));
            Assert.Contains("deferred to the end of the document", pdf.Message, StringComparison.Ordinal);

            var recording = new RecordingCanvas();
            recording.BeginPage(TestPdf.PageSize);
            recording.DrawWhenComplete((complete, _) => refusal(complete));
            recording.EndPage();
            Assert.Contains("deferred to the end of the document", Assert.Throws<InvalidOperationException>(recording.EndDocument).Message, StringComparison.Ordinal);
        }
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The uncompressed content of the document's only form XObject.</summary>
    private static string FormContent(string pdfPath)
    {
        var expanded = Path.ChangeExtension(pdfPath, ".qdf.pdf");
        ExternalTool.RunChecked(Qpdf.Tool, ["--qdf", "--object-streams=disable", pdfPath, expanded]);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(expanded));
        var start = text.IndexOf("/Subtype /Form", StringComparison.Ordinal);
        Assert.True(start >= 0, "the document has a form XObject");
        var stream = text.IndexOf("stream\n", start, StringComparison.Ordinal) + "stream\n".Length;
        return text[stream..text.IndexOf("endstream", stream, StringComparison.Ordinal)];
    }
}
