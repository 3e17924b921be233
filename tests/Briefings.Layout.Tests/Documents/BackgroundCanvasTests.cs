using System.Globalization;
using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.Tests.PdfFile;
using Xunit;

namespace Briefings.Layout.Tests.Documents;

/// <summary>
/// A long document's pages are made on their canvas from a thread of their own: the canvas must see the calls it
/// would have seen from the layout's thread, in their order, and a failure on either side must reach the caller.
/// </summary>
public sealed class BackgroundCanvasTests
{
    private const int Pages = 12;

    private static readonly Color Navy = new(0x1F, 0x3A, 0x5F);

    private static ShapedRun Shape(FontFace face, string text) => TestFonts.Library.Shaper.Shape(face, text);

    /// <summary>Every kind of call, with numbers and text that differ from page to page, and a deferred footer.</summary>
    private static void DrawPage(ICanvas canvas, int page)
    {
        var regular = TestFonts.Caladea.Regular;
        var bold = TestFonts.Carlito.Bold;
        canvas.DefineDestination($"page-{page}", 72, 60);
        canvas.DrawText(Shape(bold, $"Section {page + 1}"), 72, 80, 14, Navy, 0);
        for (var line = 0; line < 20; line++)
        {
            var y = 110 + (line * 14.5);
            canvas.DrawText(Shape(regular, $"Line {line} of page {page}: the quick brown fox, ½ × 3 — “quoted”"), 72 + (line % 3), y, 10.5, Color.Black, line % 4 == 0 ? 0.2 : 0);
        }

        canvas.FillRectangle(new Rect(72, 420, 200 + page, 30), new Color(0xEE, 0xF2, 0xF7));
        canvas.StrokeRectangle(new Rect(72, 420, 200 + page, 30), Navy, 0.5 + (page * 0.01));
        canvas.DrawLine(72, 460, 523, 460, Navy, 0.75);
        canvas.DrawDots(80, 400 + page, 480, 3.5, 0.8, Color.Black);
        canvas.LinkToUri(new Rect(72, 500, 120, 12), $"https://example.org/{page}");
        canvas.LinkToDestination(new Rect(72, 520, 120, 12), $"page-{(page + 1) % Pages}");
        canvas.DrawWhenComplete((complete, totals) =>
            complete.DrawText(Shape(regular, string.Create(CultureInfo.InvariantCulture, $"Page {page + 1} of {totals.PageCount}")), 72, 800, 9, Color.Black, 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(Pages - 1)]
    public void A_pdf_written_from_the_background_is_the_same_bytes_as_one_written_directly(int directPages)
    {
        var direct = TestPdf.Render(Pages, DrawPage, directPages: int.MaxValue);

        var background = TestPdf.Render(Pages, DrawPage, directPages: directPages);

        Assert.Equal(direct, background);
    }

    [Fact]
    public void A_pdfa_file_written_from_the_background_is_the_same_bytes_as_one_written_directly()
    {
        Assert.Equal(TestPdf.Render(Pages, DrawPage, pdfA: true, directPages: int.MaxValue), TestPdf.Render(Pages, DrawPage, pdfA: true, directPages: 0));
    }

    [Fact]
    public void The_target_sees_the_calls_in_order_and_the_deferred_drawings_where_they_were_asked_for()
    {
        var expected = new RecordingCanvas();
        TestPdf.DrawPages(expected, Pages, DrawPage);

        var target = new RecordingCanvas();
        using (var canvas = new BackgroundCanvas(target, directPages: 3))
        {
            TestPdf.DrawPages(canvas, Pages, DrawPage);
            Assert.Equal(Environment.ProcessorCount > 1, canvas.WentToBackground);
        }

        Assert.Equal(expected.Pages.Count, target.Pages.Count);
        for (var page = 0; page < Pages; page++)
        {
            Assert.Equal(expected.Pages[page].Operations, target.Pages[page].Operations);
        }
    }

    [Fact]
    public void Pages_past_the_direct_ones_are_made_on_one_other_thread_and_the_end_of_the_document_on_the_caller_s()
    {
        var target = new ProbeCanvas();
        var caller = Environment.CurrentManagedThreadId;

        using (var canvas = new BackgroundCanvas(target, directPages: 4))
        {
            TestPdf.DrawPages(canvas, Pages, DrawPage);
        }

        var pageThreads = target.PageThreads;
        Assert.Equal(Pages, pageThreads.Count);
        Assert.All(pageThreads.Take(4), thread => Assert.Equal(caller, thread));
        if (Environment.ProcessorCount < 2)
        {
            // One core: a second thread would only take turns with the layout, so none is started.
            Assert.All(pageThreads, thread => Assert.Equal(caller, thread));
        }
        else
        {
            var background = Assert.Single(pageThreads.Skip(4).Distinct());
            Assert.NotEqual(caller, background);
        }

        Assert.Equal(caller, target.EndDocumentThread);
    }

    /// <param name="failOnPage">A page in the middle (the failure reaches the caller when it hands on a page) or the last (when it ends the document).</param>
    [Theory]
    [InlineData(7, 40)]
    [InlineData(12, 12)]
    public void A_failure_of_the_target_on_the_thread_reaches_the_caller_with_its_type_and_message(int failOnPage, int pages)
    {
        var target = new ProbeCanvas(failOnPage);
        var canvas = new BackgroundCanvas(target, directPages: 2);

        var failure = Assert.Throws<LayoutException>(void () =>
        {
            using (canvas)
            {
                TestPdf.DrawPages(canvas, pages, DrawPage);
            }
        });

        Assert.Equal($"the target refused page {failOnPage}", failure.Message);
        Assert.Equal(failOnPage, target.PagesBegun);
        Assert.False(target.Ended, "the document was ended after a page failed");
    }

    [Fact]
    public void A_failure_of_the_layout_stops_the_thread_without_making_the_rest()
    {
        var target = new RecordingCanvas();
        var canvas = new BackgroundCanvas(target, directPages: 0);

        Assert.Throws<InvalidOperationException>(void () =>
        {
            using (canvas)
            {
                for (var page = 0; page < 6; page++)
                {
                    canvas.BeginPage(TestPdf.PageSize);
                    DrawPage(canvas, page);
                    canvas.EndPage();
                }

                throw new InvalidOperationException("the layout failed");
            }
        });

        // Disposed: the thread has stopped, so the target is not touched while it is read here.
        Assert.True(target.Pages.Count <= 6);
        Assert.All(target.Pages, page => Assert.NotEmpty(page.Operations));
    }

    /// <summary>Which thread began each page and ended the document; refuses to begin one page when asked to, as a canvas whose output cannot be written would.</summary>
    private sealed class ProbeCanvas(int failOnPage = 0) : ICanvas
    {
        public List<int> PageThreads { get; } = [];

        public int? EndDocumentThread { get; private set; }

        public bool Ended => EndDocumentThread is not null;

        public int PagesBegun => PageThreads.Count;

        public void BeginPage(Size size)
        {
            PageThreads.Add(Environment.CurrentManagedThreadId);
            if (PagesBegun == failOnPage)
            {
                throw new LayoutException($"the target refused page {failOnPage}");
            }
        }

        public void EndPage()
        {
        }

        public void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing)
        {
        }

        public void DrawWhenComplete(Action<ICanvas, DocumentTotals> draw)
        {
        }

        public void EndDocument() => EndDocumentThread = Environment.CurrentManagedThreadId;

        public void FillRectangle(Rect rect, Color color)
        {
        }

        public void StrokeRectangle(Rect rect, Color color, double lineWidth)
        {
        }

        public void DrawLine(double x1, double y1, double x2, double y2, Color color, double lineWidth)
        {
        }

        public void DrawDots(double x1, double x2, double y, double pitch, double diameter, Color color)
        {
        }

        public void LinkToUri(Rect area, string uri)
        {
        }

        public void LinkToDestination(Rect area, string name)
        {
        }

        public void DefineDestination(string name, double x, double y)
        {
        }
    }
}
