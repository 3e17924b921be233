using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;
using Xunit;

namespace Briefings.Layout.Tests.Documents;

public sealed class PaginationTests
{
    [Fact]
    public void A_heading_never_ends_a_page_it_moves_with_its_paragraph()
    {
        var context = TestFonts.NewContext();
        var heading = Pages.Paragraph("Heading", context, TestFonts.Body with { Bold = true });
        // Eight lines of filler on a page of ten: the heading would fit on line nine, its paragraph would not.
        var body = new ColumnElement([
            new ColumnItem(Pages.Paragraph(Pages.Words(8 * 6, "filler"), context)),
            new ColumnItem(heading, 0, 0, KeepWithNext: true),
            new ColumnItem(Pages.Paragraph(Pages.Words(30, "after"), context)),
        ]);
        var filler = Pages.Paragraph(Pages.Words(8 * 6, "filler"), context).LineTexts(Pages.Width - (2 * Pages.Margin)).Count;
        var height = (2 * Pages.Margin) + (Pages.Line * (filler + 1.5));

        var pages = Pages.Render(body, height).Pages;

        Assert.True(pages.Count >= 2);
        Assert.DoesNotContain(pages[0].Texts, text => text.Text == "Heading");
        Assert.Equal("Heading", pages[1].Texts.First().Text);
    }

    [Fact]
    public void A_split_paragraph_leaves_at_least_two_lines_on_each_page()
    {
        var context = TestFonts.NewContext();
        var paragraph = Pages.Paragraph(Pages.Words(60), context);
        var lines = paragraph.LineTexts(Pages.Width - (2 * Pages.Margin)).Count;
        Assert.True(lines >= 5);
        // Room for all lines but one: a one-line widow would be left, so two lines move together.
        var height = (2 * Pages.Margin) + (Pages.Line * (lines - 1)) + 1;

        var pages = Pages.Render(new ColumnElement([new ColumnItem(paragraph)]), height).Pages;

        Assert.Equal(2, pages.Count);
        Assert.Equal(lines - 2, Baselines(pages[0]));
        Assert.Equal(2, Baselines(pages[1]));
    }

    [Fact]
    public void A_paragraph_that_cannot_leave_two_lines_at_the_foot_moves_whole()
    {
        var context = TestFonts.NewContext();
        var first = Pages.Paragraph(Pages.Words(6), context);
        var second = Pages.Paragraph(Pages.Words(40, "next"), context);
        var height = (2 * Pages.Margin) + (Pages.Line * 2.5);

        var pages = Pages.Render(new ColumnElement([new ColumnItem(first), new ColumnItem(second)]), height).Pages;

        Assert.DoesNotContain(pages[0].Texts, text => text.Text.StartsWith("next", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_header_is_repeated_on_every_page_and_rows_are_not_split()
    {
        var context = TestFonts.NewContext();
        Element Cell(string text) => Pages.Paragraph(text, context);
        var header = new List<IReadOnlyList<Element>> { new[] { Cell("Year"), Cell("Event") } };
        var rows = Enumerable.Range(1, 30)
            .Select(index => (IReadOnlyList<Element>)[Cell($"{1900 + index}"), Cell($"Event number {index} happened")])
            .ToList();
        var table = new TableElement(header, rows, new TableStyle(Geometry.Thickness.All(3), Geometry.Color.Black));
        var height = (2 * Pages.Margin) + (12 * ((10.5 * 1.3) + 6));

        var pages = Pages.Render(new ColumnElement([new ColumnItem(table)]), height).Pages;

        Assert.Equal(3, pages.Count);
        foreach (var page in pages)
        {
            Assert.Equal(["Year", "Event"], page.Texts.Take(2).Select(text => text.Text));
        }

        var years = pages.SelectMany(page => page.Texts).Where(text => text.Text.Length == 4 && text.Text.StartsWith("19", StringComparison.Ordinal)).Select(text => text.Text);
        Assert.Equal(Enumerable.Range(1901, 30).Select(year => year.ToString(System.Globalization.CultureInfo.InvariantCulture)), years);
    }

    [Fact]
    public void A_footnote_is_set_at_the_foot_of_the_page_of_its_reference()
    {
        var context = TestFonts.NewContext();
        var reference = new ParagraphElement(
            [new TextSpan("Referenced here", TestFonts.Body), new TextSpan("1", TestFonts.Body with { Superscript = true }) { FootnoteId = "fn-1", Link = LinkTarget.Destination("fn-1") }],
            new ParagraphStyle(),
            context);
        var body = new ColumnElement([
            new ColumnItem(Pages.Paragraph(Pages.Words(120, "before"), context)),
            new ColumnItem(reference),
            new ColumnItem(Pages.Paragraph(Pages.Words(60, "after"), context)),
        ]);
        var note = new AnchorElement("fn-1", Pages.Paragraph("The note text.", context, TestFonts.Body with { Size = 8 }));
        var footnotes = new Dictionary<string, Element> { ["fn-1"] = note };

        var pages = Pages.Render(body, 320, footnotes).Pages;

        var referencePage = pages.Single(page => page.Texts.Any(text => text.Text == "Referenced"));
        var notePage = pages.Single(page => page.Texts.Any(text => text.Text == "note"));
        Assert.Same(referencePage, notePage);
        var noteY = notePage.Texts.First(text => text.Text == "note").Baseline;
        Assert.All(notePage.Texts.Where(text => text.Size > 9), text => Assert.True(text.Baseline < noteY));
        Assert.Contains(notePage.Operations.OfType<DestinationDefined>(), destination => destination.Name == "fn-1");
        Assert.Contains(referencePage.Operations.OfType<DestinationLinked>(), link => link.Name == "fn-1");
    }

    /// <summary>
    /// Rendering resets every element, footnotes included, and lays the document out afresh: a second rendering of
    /// the same layout draws exactly what a layout never rendered draws.
    /// </summary>
    [Fact]
    public void Rendering_a_layout_again_draws_what_a_fresh_layout_draws()
    {
        static (Element Body, Dictionary<string, Element> Notes) Document()
        {
            var context = TestFonts.NewContext();
            var items = new List<ColumnItem>();
            var notes = new Dictionary<string, Element>();
            for (var index = 1; index <= 12; index++)
            {
                var id = $"fn-{index}";
                items.Add(new ColumnItem(new ParagraphElement(
                    [new TextSpan(Pages.Words(25 + (index * 7), $"p{index}w"), TestFonts.Body), new TextSpan($"{index}", TestFonts.Body with { Superscript = true }) { FootnoteId = id }],
                    new ParagraphStyle(TextAlignment.Justify, 1.3),
                    context)));
                notes[id] = new AnchorElement(id, Pages.Paragraph(Pages.Words(8 + (index % 5 * 9), $"n{index}w"), context, TestFonts.Body with { Size = 8 }));
            }

            return (new ColumnElement(items), notes);
        }

        DocumentLayout Layout((Element Body, Dictionary<string, Element> Notes) document) =>
            new(document.Body, new Size(Pages.Width, 360), Thickness.All(Pages.Margin), null, new FootnoteTable(document.Notes), new FootnoteStyle(Color.Black));

        var layout = Layout(Document());
        var first = new RecordingCanvas();
        var pageCount = layout.Render(first);
        var again = new RecordingCanvas();
        layout.Render(again);
        var fresh = new RecordingCanvas();
        Layout(Document()).Render(fresh);

        Assert.True(pageCount > 3, $"{pageCount} pages: too few for the test to mean anything");
        Assert.Contains(fresh.Pages, page => page.Operations.OfType<LineDrawn>().Any());
        Assert.Equal(fresh.Pages.Count, again.Pages.Count);
        Assert.Equal(pageCount, again.Pages.Count);
        for (var page = 0; page < fresh.Pages.Count; page++)
        {
            Assert.Equal(fresh.Pages[page].Operations, again.Pages[page].Operations);
        }
    }

    [Fact]
    public void A_page_break_starts_a_new_page_without_a_blank_one()
    {
        var context = TestFonts.NewContext();
        var body = new ColumnElement([
            new ColumnItem(Pages.Paragraph("First", context)),
            new ColumnItem(new PageBreakElement()),
            new ColumnItem(new PageBreakElement()),
            new ColumnItem(Pages.Paragraph("Second", context)),
        ]);

        var pages = Pages.Render(body, 400).Pages;

        Assert.Equal(["First", "Second"], pages.Select(page => page.Text));
    }

    [Fact]
    public void A_small_block_kept_together_moves_to_the_next_page_whole()
    {
        var context = TestFonts.NewContext();
        var kept = new KeepTogetherElement(new BoxElement(Pages.Paragraph(Pages.Words(30, "kept"), context), new BoxStyle(Geometry.Thickness.All(6))));
        var body = new ColumnElement([new ColumnItem(Pages.Paragraph(Pages.Words(60), context)), new ColumnItem(kept)]);
        var height = (2 * Pages.Margin) + (Pages.Line * 10);

        var pages = Pages.Render(body, height).Pages;

        var withKept = pages.Where(page => page.Texts.Any(text => text.Text.StartsWith("kept", StringComparison.Ordinal))).ToList();
        Assert.Single(withKept);
    }

    private static int Baselines(RecordedPage page) => page.Texts.Select(text => text.Baseline).Distinct().Count();
}
