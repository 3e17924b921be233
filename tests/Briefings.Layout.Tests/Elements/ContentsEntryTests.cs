using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using Briefings.Layout.Tests.Documents;
using Xunit;

namespace Briefings.Layout.Tests.Elements;

public sealed class ContentsEntryTests
{
    private const double Frame = Pages.Width - (2 * Pages.Margin);

    private static ContentsEntryElement Entry(string title, TypesetContext context, string destination = "target", double indent = 0) =>
        new(
            new ParagraphElement([new TextSpan(title, TestFonts.Body)], new ParagraphStyle(TextAlignment.Left, 1.15, 1, 1), context),
            destination,
            new ContentsEntryStyle(TestFonts.Body, indent, 16),
            context);

    /// <summary>The entries on page 1, then the destination "target" at the top of page <paramref name="targetPage"/>.</summary>
    private static RecordingCanvas Render(IEnumerable<ContentsEntryElement> entries, int targetPage, TypesetContext context, double height = 200)
    {
        var items = entries.Select(entry => new ColumnItem(entry)).ToList();
        for (var page = 2; page <= targetPage; page++)
        {
            items.Add(new ColumnItem(new PageBreakElement()));
            items.Add(new ColumnItem(Pages.Paragraph(page == targetPage ? "Target" : $"Filler{page}", context)));
        }

        items[^1] = new ColumnItem(new AnchorElement("target", items[^1].Element));
        return Pages.Render(new ColumnElement(items), height);
    }

    [Fact]
    public void The_page_number_is_flush_right_after_a_dotted_leader_and_the_entry_links_to_its_destination()
    {
        var context = TestFonts.NewContext();

        var canvas = Render([Entry("Background", context)], targetPage: 7, context);

        Assert.Equal(7, canvas.Pages.Count);
        var page = canvas.Pages[0];
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
    public void The_number_and_its_leader_are_drawn_in_the_entry_s_place_in_the_page_s_drawing_order()
    {
        var context = TestFonts.NewContext();

        var page = Render([Entry("First", context), Entry("Second", context)], targetPage: 3, context).Pages[0];

        // Each entry: title, number, leader, link; the second entry's title after the first entry's link.
        var order = page.Operations.Select(operation => operation switch
        {
            TextDrawn text => text.Text,
            DotsDrawn => "dots",
            DestinationLinked => "link",
            _ => null,
        }).Where(name => name is not null);
        Assert.Equal(["First", "3", "dots", "link", "Second", "3", "dots", "link"], order);
    }

    [Fact]
    public void A_destination_never_placed_prints_no_number_and_the_leader_stops_at_the_number_s_room()
    {
        var context = TestFonts.NewContext();

        var page = Render([Entry("Background", context, destination: "nowhere")], targetPage: 2, context).Pages[0];

        Assert.DoesNotContain(page.Texts, text => text.Text.Any(char.IsAsciiDigit));
        var dots = Assert.Single(page.Operations.OfType<DotsDrawn>());
        Assert.True(dots.X2 <= Pages.Margin + Frame - 16, "the leader keeps clear of the number's room");
    }

    [Fact]
    public void A_long_title_wraps_short_of_the_number_and_the_leader_follows_its_last_line()
    {
        var context = TestFonts.NewContext();

        var page = Render([Entry(Pages.Words(14, "long"), context, indent: 16)], targetPage: 12, context, height: 300).Pages[0];

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

        var dots = Render([Entry("Background", context), Entry("The positions of both parties", context, indent: 16)], targetPage: 3, context)
            .Pages[0].Operations.OfType<DotsDrawn>().ToList();

        Assert.Equal(2, dots.Count);
        var offset = (dots[1].X1 - dots[0].X1) / dots[0].Pitch;
        Assert.Equal(Math.Round(offset), offset, 6);
        Assert.Equal(dots[0].X2, dots[1].X2, 6);
    }
}
