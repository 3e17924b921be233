using Briefings.Layout.Fonts;
using Xunit;

namespace Briefings.Pdf.Tests;

public sealed class FootnoteMarkTests
{
    private static readonly BriefingStyles Styles = new(Render.Theme, new FontLibrary());

    [Fact]
    public void A_note_cited_twice_in_a_row_is_marked_once_and_different_notes_are_separated()
    {
        var collector = new InlineCollector(Styles, Styles.BodyText);

        collector.Add("Claim.", null);
        collector.AddFootnoteMark("1", "fn-1", null);
        collector.AddFootnoteMark("1", "fn-1", null);
        collector.AddFootnoteMark("2", "fn-2", null);
        collector.Add(" Again.", null);
        collector.AddFootnoteMark("1", "fn-1", null);

        Assert.Equal("Claim.1,2 Again.1", collector.PlainText);
        Assert.Equal(["fn-1", "fn-2", "fn-1"], collector.Spans.Select(span => span.FootnoteId).OfType<string>());
    }

    [Fact]
    public void Marks_read_back_from_the_pdf_as_raised_numbers_after_the_words()
    {
        const string markdown = """
            ---
            title: Marks
            ---

            First claim.[^a] Second claim.[^b]

            [^a]: Source A.
            [^b]: Source B.
            """;

        var text = Assert.Single(PdfReading.PageTexts(Render.Markdown(markdown).Content));

        Assert.Contains("First claim.1 Second claim.2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Note_numbers_of_any_length_stay_whole_beside_their_notes()
    {
        // Numbers of one to four digits: the column of numbers widens to the widest instead of breaking it.
        var notes = Enumerable.Range(1, 1010).ToArray();
        var markdown = "---\ntitle: Many notes\n---\n\n"
            + string.Concat(notes.Select(note => $"Claim {note}.[^n{note}]\n\n"))
            + string.Concat(notes.Select(note => $"[^n{note}]: Note {note}.\n"));

        var text = string.Join(" ", PdfReading.PageTexts(Render.Markdown(markdown).Content));

        Assert.All(new[] { 1, 9, 10, 99, 100, 999, 1000, 1010 }, note => Assert.Contains($" {note} Note {note}. ", text + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_note_number_links_back_to_the_first_reference_which_is_a_destination()
    {
        const string markdown = """
            ---
            title: Back-links
            ---

            First claim.[^a] Second claim.[^b] Third claim.[^a]

            [^a]: Source A.
            [^b]: Source B.
            """;

        var syntax = PdfReading.Syntax(Render.Markdown(markdown).Content);

        foreach (var number in new[] { 1, 2 })
        {
            Assert.Contains($"/Dest /fnref-{number}", syntax, StringComparison.Ordinal);
            Assert.Contains($"/fnref-{number} [", syntax, StringComparison.Ordinal);
            Assert.Contains($"/Dest /fn-{number}", syntax, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("/fnref-3", syntax, StringComparison.Ordinal);
    }
}
