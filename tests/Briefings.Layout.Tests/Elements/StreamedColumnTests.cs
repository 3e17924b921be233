using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;
using Briefings.Layout.Tests.Documents;
using Xunit;

namespace Briefings.Layout.Tests.Elements;

/// <summary>A column whose blocks are made as paging reaches them and let go of once drawn: the body of a long document.</summary>
public sealed class StreamedColumnTests
{
    /// <summary>Paragraphs of varied length, a heading (kept with what follows) every seventh block, a footnote reference every fifth.</summary>
    private static IEnumerable<ColumnItem> Blocks(TypesetContext context, int count)
    {
        for (var index = 1; index <= count; index++)
        {
            if (index % 7 == 0)
            {
                yield return new ColumnItem(Pages.Paragraph($"Heading{index}", context, TestFonts.Body with { Bold = true }), 8, 4, KeepWithNext: true);
                continue;
            }

            var spans = new List<TextSpan> { new(Pages.Words(6 + (index * 13 % 40), $"b{index}w"), TestFonts.Body) };
            if (index % 5 == 0)
            {
                spans.Add(new TextSpan($"{index}", TestFonts.Body with { Superscript = true }) { FootnoteId = $"fn-{index}" });
            }

            yield return new ColumnItem(new ParagraphElement(spans, new ParagraphStyle(TextAlignment.Justify, 1.3), context), 0, 6);
        }
    }

    private static Dictionary<string, Element> Notes(TypesetContext context, int count) =>
        Enumerable.Range(1, count).Where(index => index % 5 == 0 && index % 7 != 0).ToDictionary(
            index => $"fn-{index}",
            index => (Element)new AnchorElement($"fn-{index}", Pages.Paragraph(Pages.Words(5 + (index % 4 * 11), $"n{index}w"), context, TestFonts.Body with { Size = 8 })));

    [Fact]
    public void A_streamed_column_draws_what_the_same_blocks_built_whole_draw()
    {
        var whole = TestFonts.NewContext();
        var streaming = TestFonts.NewContext();

        var expected = Pages.Render(new ColumnElement([.. Blocks(whole, 300)]), 260, Notes(whole, 300)).Pages;
        var actual = Pages.Render(new ColumnElement(new StreamedColumnItems(Blocks(streaming, 300))), 260, Notes(streaming, 300)).Pages;

        Assert.True(expected.Count > 20, $"{expected.Count} pages: too few for the test to mean anything");
        Assert.Equal(expected.Count, actual.Count);
        for (var page = 0; page < expected.Count; page++)
        {
            Assert.Equal(expected[page].Operations, actual[page].Operations);
        }
    }

    [Fact]
    public void A_streamed_column_holds_only_the_blocks_of_the_page_in_progress()
    {
        var context = TestFonts.NewContext();
        StreamedColumnItems? items = null;
        var heldWhenMaking = new List<int>();
        IEnumerable<ColumnItem> Counted()
        {
            foreach (var block in Blocks(context, 400))
            {
                heldWhenMaking.Add(items!.Held);
                yield return block;
            }
        }

        items = new StreamedColumnItems(Counted());
        var pages = Pages.Render(new ColumnElement(items), 260, Notes(context, 400)).Pages;

        // A block begins on a page at the first of its words; a page holds no more than those and the one it ends with.
        var mostPerPage = pages.Max(page => Enumerable.Range(1, 400).Count(index => page.Texts.Any(text => text.Text == $"b{index}w1" || text.Text == $"Heading{index}")));
        Assert.True(pages.Count > 30, $"{pages.Count} pages: too few for the test to mean anything");
        Assert.Equal(400, heldWhenMaking.Count);
        Assert.True(heldWhenMaking.Max() <= mostPerPage + 2, $"held {heldWhenMaking.Max()} blocks at once; a page starts at most {mostPerPage}");
        Assert.Equal(0, items.Held);
    }

    [Fact]
    public void A_streamed_column_is_laid_out_once()
    {
        var context = TestFonts.NewContext();
        var layout = new DocumentLayout(
            new ColumnElement(new StreamedColumnItems(Blocks(context, 40))),
            new Size(Pages.Width, 260),
            Thickness.All(Pages.Margin));
        layout.Render(new RecordingCanvas());

        var refusal = Assert.Throws<InvalidOperationException>(() => layout.Render(new RecordingCanvas()));
        Assert.Contains("laid out once", refusal.Message, StringComparison.Ordinal);
    }
}
