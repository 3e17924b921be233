using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;
using Briefings.Layout.Tests.Documents;
using Xunit;

namespace Briefings.Layout.Tests.Elements;

public sealed class ContentsEntryTests
{
    private const double Frame = Pages.Width - (2 * Pages.Margin);

    private static ContentsEntryElement Entry(string title, TypesetContext context, PageReferences references, double indent = 0) =>
        new(
            new ParagraphElement([new TextSpan(title, TestFonts.Body)], new ParagraphStyle(TextAlignment.Left, 1.15, 1, 1), context),
            "target",
            references,
            new ContentsEntryStyle(TestFonts.Body, indent, 16),
            context);

    [Fact]
    public void The_page_number_is_flush_right_after_a_dotted_leader_and_the_entry_links_to_its_destination()
    {
        var context = TestFonts.NewContext();
        var references = new PageReferences();
        Assert.True(references.Update(new Dictionary<string, int> { ["target"] = 7 }));

        var page = Pages.Render(new ColumnElement([new ColumnItem(Entry("Background", context, references))]), 200).Pages.Single();

        var title = Assert.Single(page.Texts, text => text.Text == "Background");
        var number = Assert.Single(page.Texts, text => text.Text == "7");
        Assert.Equal(Pages.Margin + Frame, number.X + number.Width, 3);
        Assert.Equal(title.Baseline, number.Baseline);
        var dots = Assert.Single(page.Operations.OfType<DotsDrawn>());
        Assert.True(dots.X1 > title.X + title.Width, "the leader starts after the title");
        Assert.True(dots.X2 < number.X, "the leader stops before the number");
        Assert.True(dots.Count > 20);
        Assert.True(dots.Y < title.Baseline && dots.Y > title.Baseline - 2, "the dots sit on the baseline");
        var link = Assert.Single(page.Operations.OfType<DestinationLinked>());
        Assert.Equal("target", link.Name);
        Assert.Equal(Pages.Margin + Frame, link.Area.Right, 3);
    }

    [Fact]
    public void Before_the_pages_are_counted_an_entry_prints_no_number_but_reserves_every_digit_for_the_font_subset()
    {
        var context = TestFonts.NewContext();
        var references = new PageReferences();
        var layout = new DocumentLayout(
            new ColumnElement([new ColumnItem(Entry("Background", context, references))]),
            new Size(Pages.Width, 200), Thickness.All(Pages.Margin), null, null, new FootnoteStyle(Color.Black));

        var recording = new RecordingCanvas();
        layout.Render(recording);
        Assert.DoesNotContain(recording.Pages.Single().Texts, text => text.Text.Any(char.IsAsciiDigit));

        var counting = new DiscardCanvas();
        layout.Render(counting);
        var (_, usage) = Assert.Single(counting.FontsUsed);
        Assert.Equal("0123456789".Select(digit => (int)digit), usage.Codepoints.Where(codepoint => codepoint is >= '0' and <= '9'));
    }

    [Fact]
    public void A_long_title_wraps_short_of_the_number_and_the_leader_follows_its_last_line()
    {
        var context = TestFonts.NewContext();
        var references = new PageReferences();
        references.Update(new Dictionary<string, int> { ["target"] = 12 });

        var page = Pages.Render(new ColumnElement([new ColumnItem(Entry(Pages.Words(14, "long"), context, references, indent: 16))]), 300).Pages.Single();

        var words = page.Texts.Where(text => text.Text.StartsWith("long", StringComparison.Ordinal)).ToList();
        Assert.Equal(14, words.Count);
        Assert.True(words.Select(word => word.Baseline).Distinct().Count() >= 2, "the title wraps");
        Assert.All(words, word => Assert.True(word.X >= Pages.Margin + 16 - 0.01 && word.X + word.Width <= Pages.Margin + Frame - 16, word.Text));
        var number = Assert.Single(page.Texts, text => text.Text == "12");
        Assert.Equal(words.Max(word => word.Baseline), number.Baseline);
        var dots = Assert.Single(page.Operations.OfType<DotsDrawn>());
        Assert.InRange(dots.Y, number.Baseline - 1, number.Baseline);
    }

    [Fact]
    public void Leaders_of_entries_at_different_indents_share_one_grid()
    {
        var context = TestFonts.NewContext();
        var references = new PageReferences();
        references.Update(new Dictionary<string, int> { ["target"] = 3 });
        var body = new ColumnElement([
            new ColumnItem(Entry("Background", context, references)),
            new ColumnItem(Entry("The positions of both parties", context, references, indent: 16)),
        ]);

        var dots = Pages.Render(body, 200).Pages.Single().Operations.OfType<DotsDrawn>().ToList();

        Assert.Equal(2, dots.Count);
        var offset = (dots[1].X1 - dots[0].X1) / dots[0].Pitch;
        Assert.Equal(Math.Round(offset), offset, 6);
        Assert.Equal(dots[0].X2, dots[1].X2, 6);
    }

    [Fact]
    public void Page_references_report_a_change_only_when_a_number_moves()
    {
        var references = new PageReferences();

        Assert.Null(references.PageOf("a"));
        Assert.True(references.Update(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }));
        Assert.False(references.Update(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }));
        Assert.True(references.Update(new Dictionary<string, int> { ["a"] = 1, ["b"] = 3 }));
        Assert.Equal(3, references.PageOf("b"));
        Assert.True(references.Update(new Dictionary<string, int> { ["a"] = 1 }));
        Assert.Null(references.PageOf("b"));
    }
}
