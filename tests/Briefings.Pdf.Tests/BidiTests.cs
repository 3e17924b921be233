using System.Text.RegularExpressions;
using Briefings.Core.Diagnostics;
using Briefings.Layout.Text;
using Briefings.Testing.ExternalTools;
using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Pdf.Tests;

public sealed partial class BidiTests
{
    private const string Hebrew = "איי קוריל";
    private const string Arabic = "جزر الكوريل";

    private const string Mixed = $"""
        ---
        title: Mixed directions
        ---

        The islands are called {Hebrew} in Hebrew and {Arabic} in Arabic, since 1945 and ١٩٤٥.
        """;

    [Fact]
    public void PdfPig_reads_the_right_to_left_words_in_visual_order_with_every_letter()
    {
        var output = Render.Markdown(Mixed);

        Assert.DoesNotContain(output.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
        var text = Assert.Single(PdfReading.PageTexts(output.Content));
        Assert.Contains("The islands are called " + Reverse(Hebrew) + " in Hebrew and ", text, StringComparison.Ordinal);
        Assert.Contains(" in Arabic, since 1945 and ١٩٤٥.", text, StringComparison.Ordinal);

        // Arabic letters come back in their joining forms (presentation forms): every one of them, none lost.
        var between = text[(text.IndexOf("Hebrew and ", StringComparison.Ordinal) + 11)..text.IndexOf(" in Arabic", StringComparison.Ordinal)];
        Assert.Equal(Arabic.Count(character => character != ' '), between.Count(IsArabicLetter));
    }

    [ToolFact(PdfToText.Tool)]
    public void Poppler_reads_the_right_to_left_words_in_logical_order()
    {
        var path = PdfReading.TempFile(Render.Markdown(Mixed).Content, "bidi");

        var text = EmbeddingMarks().Replace(PdfToText.Extract(path), string.Empty);

        Assert.Contains(Hebrew, text, StringComparison.Ordinal);
        Assert.Contains(Arabic, text, StringComparison.Ordinal);
        // Poppler wraps each right-to-left run in embedding marks and moves the space after it to its front;
        // the characters, in logical order, are all there.
        Assert.Contains(
            Whitespace().Replace($"The islands are called {Hebrew} in Hebrew and {Arabic} in Arabic, since 1945 and ١٩٤٥.", string.Empty),
            Whitespace().Replace(text, string.Empty),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_of_the_front_matter_sets_the_paragraph_direction()
    {
        Assert.Equal(TextDirection.LeftToRight, WritingDirection.Of("en"));
        Assert.Equal(TextDirection.LeftToRight, WritingDirection.Of(null));
        Assert.Equal(TextDirection.RightToLeft, WritingDirection.Of("he"));
        Assert.Equal(TextDirection.RightToLeft, WritingDirection.Of("ar-EG"));
        Assert.Equal(TextDirection.RightToLeft, WritingDirection.Of("pa-Arab"));
        Assert.Equal(TextDirection.LeftToRight, WritingDirection.Of("az-Latn"));
    }

    [Fact]
    public void A_hebrew_briefing_sets_its_paragraphs_flush_right()
    {
        const string markdown = """
            ---
            title: Hebrew
            language: he
            ---

            שלום
            """;

        using var document = PdfDocument.Open(Render.Markdown(markdown).Content);
        var page = document.GetPage(1);
        var letters = page.Letters.Where(letter => letter.Value is "ש" or "ם").ToList();
        Assert.Equal(2, letters.Count);
        var right = page.Letters.Where(letter => letter.Value.Length == 1 && letter.Value[0] is >= '\u05D0' and <= '\u05EA').Max(letter => letter.BoundingBox.Right);
        Assert.InRange(right, page.Width - Render.Theme.Page.Margins.Right - 2, page.Width - Render.Theme.Page.Margins.Right + 0.5);
        Assert.True(letters.Single(letter => letter.Value == "ש").BoundingBox.Left > letters.Single(letter => letter.Value == "ם").BoundingBox.Left, "the first letter is the rightmost");
    }

    private static string Reverse(string text) => new([.. text.Reverse()]);

    private static bool IsArabicLetter(char character) => character is (>= '\u0620' and <= '\u064A') or (>= '\uFE70' and <= '\uFEFC');

    [GeneratedRegex("[\u202A-\u202E\u2066-\u2069\u200E\u200F]")]
    private static partial Regex EmbeddingMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
