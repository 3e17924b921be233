using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefings.Layout.Tests.Documents;

public sealed class LayoutProperties
{
    private static readonly string[] Vocabulary =
    [
        "the", "islands", "Etorofu", "declaration", "1956", "well-known", "and/or", "(Iturup)", "treaty,", "peace.",
        "Pneumonoultramicroscopicsilicovolcanoconiosis", "efficient", "office", "fjord", "–", "19\u00A0October", "Курилы", "日本語",
    ];

    public static Arbitrary<(string[] Words, int Width)> Paragraphs() =>
        (from words in Gen.ArrayOf(Gen.Elements(Vocabulary)).Where(words => words.Length > 0)
         from width in Gen.Choose(40, 400)
         select (words, width)).ToArbitrary();

    [Property(Arbitrary = [typeof(LayoutProperties)], MaxTest = 60)]
    public bool No_word_is_lost_or_reordered_and_no_line_is_wider_than_its_frame((string[] Words, int Width) input)
    {
        var (words, width) = input;
        var text = string.Join(' ', words);
        var paragraph = new ParagraphElement([new TextSpan(text, TestFonts.Body)], new ParagraphStyle(TextAlignment.Justify), TestFonts.NewContext());
        var page = Text.ParagraphSettingTests.Draw(paragraph, width);
        var fits = page.Texts.All(drawn => drawn.X >= -0.01 && drawn.X + drawn.Width <= width + 0.01);
        var lines = paragraph.LineTexts(width);
        // Hyphens may be added (over-long words) and spaces become line ends: the characters must stay, in order.
        return fits && Normalise(string.Concat(lines)) == Normalise(text);
    }

    [Property(Arbitrary = [typeof(LayoutProperties)], MaxTest = 25)]
    public bool Nothing_is_drawn_outside_the_page((string[] Words, int Width) input)
    {
        var context = TestFonts.NewContext();
        var text = string.Join(' ', input.Words);
        var blocks = Enumerable.Range(0, 1 + (input.Width % 5))
            .Select(index => new ColumnItem(Pages.Paragraph(text, context), 4, 4, KeepWithNext: index % 2 == 0))
            .ToList();
        var pages = Pages.Render(new ColumnElement(blocks), 120 + input.Width).Pages;
        return pages.All(page => page.Texts.All(drawn =>
            drawn.X >= Pages.Margin - 0.01 && drawn.X + drawn.Width <= Pages.Width - Pages.Margin + 0.01
            && drawn.Baseline - drawn.Size >= 0 && drawn.Baseline <= page.Size.Height - Pages.Margin + 0.01));
    }

    private static string Normalise(string text) =>
        new([.. text.Where(character => !char.IsWhiteSpace(character) && character != '-')]);
}
