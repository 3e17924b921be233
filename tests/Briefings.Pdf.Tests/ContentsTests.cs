using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Pdf.Tests;

public sealed class ContentsTests
{
    /// <summary>Sections long enough to fill pages, and enough of them that the contents take more than a page.</summary>
    private static string Markdown(int sections, bool toc = true)
    {
        var builder = new StringBuilder();
        builder.Append("---\ntitle: Contents test\ndossier: Test dossier\ntoc: ").Append(toc ? "true" : "false").Append("\n---\n\n");
        for (var section = 1; section <= sections; section++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"# Part {section} of the record\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"## Detail {section}\n\n");
            for (var paragraph = 0; paragraph < 3; paragraph++)
            {
                builder.Append(string.Join(' ', Enumerable.Repeat("The negotiations continued through the following season without result.", 6))).Append("\n\n");
            }

            builder.Append(CultureInfo.InvariantCulture, $"### Minor point {section}\n\nA short paragraph.\n\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void Every_first_and_second_level_heading_is_listed_with_the_page_it_is_on()
    {
        var output = Render.Markdown(Markdown(40));
        if (Environment.GetEnvironmentVariable("BRIEFINGS_PDF_OUT") is { Length: > 0 } directory)
        {
            File.WriteAllBytes(Path.Combine(directory, "contents.pdf"), output.Content);
        }

        var pages = PdfReading.PageTexts(output.Content).ToList();
        Assert.StartsWith("TEST DOSSIER Contents test Contents Part 1 of the record", pages[0], StringComparison.Ordinal);
        var all = string.Join(' ', pages);
        var contents = all[..all.IndexOf("The negotiations", StringComparison.Ordinal)];
        Assert.DoesNotContain("The negotiations", pages[0], StringComparison.Ordinal);
        Assert.Contains("Detail 40", pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Minor point", contents, StringComparison.Ordinal);
        // The body of each page: what follows the last contents entry ("Detail 40" and its number) on the page it ends.
        var lastEntry = pages.FindIndex(page => page.Contains("Detail 40 ", StringComparison.Ordinal));
        var last = pages[lastEntry];
        var bodyStart = last.IndexOf("Detail 40 ", StringComparison.Ordinal) + "Detail 40 ".Length + After(last, "Detail 40 ").Length;
        var bodies = pages.Select((page, index) => index < lastEntry ? string.Empty : index == lastEntry ? page[bodyStart..] : page).ToList();
        for (var section = 1; section <= 40; section++)
        {
            foreach (var heading in new[] { $"Part {section} of the record", $"Detail {section}" })
            {
                var listed = int.Parse(After(contents, heading + " "), CultureInfo.InvariantCulture);
                var actual = bodies.FindIndex(body => body.Contains(heading + " The", StringComparison.Ordinal) || body.Contains(heading + " Detail", StringComparison.Ordinal)) + 1;
                Assert.True(listed == actual, $"'{heading}' listed on page {listed}, set on page {actual}");
            }
        }
    }

    [Fact]
    public void Entries_link_to_the_headings_and_the_contents_heading_is_not_a_bookmark()
    {
        var output = Render.Markdown(Markdown(3));

        using var document = PdfDocument.Open(output.Content);
        var syntax = PdfReading.Syntax(output.Content);
        Assert.Contains("/Dest /part-1-of-the-record", syntax, StringComparison.Ordinal);
        Assert.Contains("/Dest /detail-3", syntax, StringComparison.Ordinal);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.DoesNotContain(bookmarks.GetNodes(), node => node.Title == ContentsBlock.Heading);
        Assert.Equal(6, document.GetPage(1).GetAnnotations().Count(annotation => annotation.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link));
    }

    [Fact]
    public void Without_the_flag_there_are_no_contents_and_with_it_the_output_is_still_deterministic()
    {
        var without = PdfReading.PageTexts(Render.Markdown(Markdown(3, toc: false)).Content);
        Assert.DoesNotContain(without, page => page.Contains(ContentsBlock.Heading + " Part 1", StringComparison.Ordinal));

        Assert.Equal(Render.Markdown(Markdown(12)).Content, Render.Markdown(Markdown(12)).Content);
    }

    private static string After(string text, string prefix)
    {
        var start = text.IndexOf(prefix, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{prefix}' not in the contents");
        var digits = text[(start + prefix.Length)..].TakeWhile(char.IsAsciiDigit).ToArray();
        Assert.True(digits.Length > 0, $"no page number after '{prefix}'");
        return new string(digits);
    }
}
