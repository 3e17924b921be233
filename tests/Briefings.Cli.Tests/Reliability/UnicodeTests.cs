using System.Globalization;
using System.Text;
using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Facts in any script: drawn where the theme's fonts have the glyphs, a warning naming every character
/// they lack (never a silent box), the same document structure as plain text, and the text itself intact in
/// the DOCX.
/// </summary>
public sealed class UnicodeTests
{
    private const string Cyrillic = "Курильские острова: Итуруп, Кунашир";
    private const string Cjk = "北方領土, 択捉島";
    private const string RightToLeft = "עברית ومرحبا";
    private const string Combining = "cafe\u0301 n\u0303 A\u030A";
    private const string Emoji = "🏝️ 👍🏽";
    private const string ZeroWidth = "zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFF";

    private static readonly string Everything = $"{Cyrillic}; {Cjk}; {RightToLeft}; {Combining}; {Emoji}; {ZeroWidth}.";

    private static readonly Lazy<FactTextBuild> Exotic = new(() => new FactTextBuild(Everything));

    private static readonly Lazy<FactTextBuild> Plain = new(() => new FactTextBuild("Plain text of about the same kind, nothing exotic in it at all."));

    [Fact]
    public void Builds_with_warnings_but_no_errors()
    {
        var run = Exotic.Value.Run;
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.ErrorLines);
    }

    [Fact]
    public void Every_character_no_font_has_is_named_in_a_warning()
    {
        var warnings = Exotic.Value.Run.Error;
        foreach (var rune in (Cjk + Emoji).EnumerateRunes().Where(rune => !Rune.IsWhiteSpace(rune) && rune.Value != ',' && Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark && rune.Value != 0xFE0F))
        {
            Assert.Contains($"{FactTextBuild.CodePoint(rune)} is in none of the fonts", warnings, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Characters_the_fonts_have_draw_without_warnings_and_read_back()
    {
        var run = Exotic.Value.Run;
        foreach (var rune in (Cyrillic + RightToLeft + Combining + ZeroWidth).EnumerateRunes())
        {
            Assert.DoesNotContain($"{FactTextBuild.CodePoint(rune)} is in none", run.Error, StringComparison.Ordinal);
        }

        var text = Exotic.Value.PdfTextWithoutSpaces();
        Assert.Contains(FactTextBuild.WithoutSpaces(Cyrillic), text, StringComparison.Ordinal);
        Assert.Contains("café", text.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
        // Hebrew and Arabic letters, each read back (in visual order, as PdfPig gives them).
        foreach (var letter in RightToLeft.Where(letter => letter is (>= '\u0590' and <= '\u05FF') or (>= '\u0620' and <= '\u064A')))
        {
            Assert.True(text.Contains(letter, StringComparison.Ordinal), $"'{letter}' U+{(int)letter:X4} is not in the PDF's text: {text}");
        }
    }

    [Fact]
    public void Zero_width_characters_never_become_visible_boxes()
    {
        var text = Exotic.Value.PdfTextWithoutSpaces();
        Assert.DoesNotContain('\uFFFD', text);
        Assert.Contains("zero", text, StringComparison.Ordinal);
        Assert.Contains("joiner", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_structure_is_the_same_as_for_plain_text()
    {
        Assert.Equal(Plain.Value.Structure(), Exotic.Value.Structure());
    }

    [Fact]
    public void The_docx_keeps_the_text_exactly_and_is_valid()
    {
        var docx = Exotic.Value.Docx;
        Assert.Contains(Everything, DocxChecks.BodyText(docx), StringComparison.Ordinal);
        var problems = DocxChecks.Problems(docx);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(5)));
    }
}
