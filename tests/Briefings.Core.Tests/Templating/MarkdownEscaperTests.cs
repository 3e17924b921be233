using Briefings.Core.Markdown;
using Briefings.Core.Templating;
using FsCheck;
using FsCheck.Fluent;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Briefings.Core.Tests.Templating;

/// <summary>Whatever a fact says, once escaped it stays text: one paragraph, the same characters.</summary>
public sealed class MarkdownEscaperTests
{
    private const string Hostile = "# * _ ` | < > [ ] ( ) ! ~ ^ { } & \\ + - = : 1. 2) *bold* __u__ [x](https://e.org) <b>html</b> <script>alert(1)</script> [^1] {#id .keep} ::: note &amp; {{ 1 + 1 }}";

    [Theory]
    [InlineData(Hostile)]
    [InlineData("# Heading?")]
    [InlineData("- a list?")]
    [InlineData("1956. A year")]
    [InlineData("> quote?")]
    [InlineData("::: warning")]
    [InlineData("---")]
    [InlineData("line one\nline two\r\n\r\n# three")]
    [InlineData("Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword")]
    [InlineData("")]
    public void Escaped_text_is_one_paragraph_with_the_same_text(string text) =>
        Assert.Equal(Expected(text), ParagraphText("Fact: " + MarkdownEscaper.Escape(text)));

    [Theory]
    [InlineData(Hostile)]
    [InlineData("a | b | c")]
    [InlineData("\\|")]
    public void Escaped_text_stays_in_its_table_cell(string text)
    {
        var document = BriefingMarkdown.Parse($"| A | B |\n|---|---|\n| {MarkdownEscaper.Escape(text)} | end |\n");
        var table = Assert.IsType<Table>(Assert.Single(document));
        var row = (TableRow)table[1];
        Assert.Equal(2, row.Count);
        Assert.Equal(text.Trim(), Text(((TableCell)row[0]).Descendants<ParagraphBlock>().Single()).Trim());
    }

    [Theory]
    [InlineData("Plain prose, with commas; and a full stop.", "Plain prose, with commas; and a full stop.")]
    [InlineData("  - indented", "  \\- indented")]
    [InlineData("a - b", "a - b")]
    [InlineData("www.example.org and http://e.org", "www\\.example.org and http\\://e.org")]
    [InlineData("line\r\nnext * star", "line next \\* star")]
    [InlineData("1956. A year", "1956\\. A year")]
    public void Escapes_exactly_what_could_make_structure(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(text));

    [Fact]
    public void Text_with_nothing_to_escape_is_returned_without_a_copy()
    {
        var text = "The river treaty was signed in 1901, after talks in Vienna.";
        Assert.Same(text, MarkdownEscaper.Escape(text));
    }

    [Fact]
    public void Any_text_stays_text()
    {
        var alphabet = "abc XYZ 019 #*_`|<>[]()!~^{}&\\+-=:.\"'\n\t\u00e9\u0416\u5317\u200b\U0001F600".ToCharArray();
        var texts = Gen.ArrayOf(Gen.Elements(alphabet)).Select(chars => new string(chars)).ToArbitrary();
        Prop.ForAll(texts, text => ParagraphText("Fact: " + MarkdownEscaper.Escape(text)) == Expected(text))
            .QuickCheckThrowOnFailure();
    }

    /// <summary>Newlines become spaces and the paragraph's outer whitespace is not content.</summary>
    private static string Expected(string text) => ("Fact: " + text.ReplaceLineEndings(" ")).Trim();

    private static string ParagraphText(string markdown)
    {
        var document = BriefingMarkdown.Parse(markdown);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        return Text(paragraph).Trim();
    }

    private static string Text(ParagraphBlock paragraph) =>
        string.Concat(paragraph.Inline!.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            LineBreakInline => " ",
            _ => string.Empty,
        }));
}
