using Briefings.Testing;
using System.Text;
using Briefings.Core.Markdown;
using Markdig;
using Xunit;

namespace Briefings.Core.Tests.Markdown;

/// <summary>The linear footnote parser makes the very tree Markdig's own makes, only without its quadratic filing.</summary>
public sealed class LinearFootnoteParserTests
{
    private static readonly MarkdownPipeline MarkdigFootnotes = BriefingMarkdown.CreatePipeline(linearFootnotes: false, linearTables: true);

    public static TheoryData<string> Documents => new()
    {
        "Claim.[^1]\n\n[^1]: One.\n",
        "One[^a], two[^b][^a], none[^missing].\n\n[^a]: A.\n[^b]: B.\n[^unused]: Never cited.\n",
        "Text[^1] and [a link][ref].\n\n[^1]: Note with\n    a second line.\n\n    And a second paragraph.\n\n[ref]: https://example.org/\n[^2]: Cited nowhere.\n\nMore[^2] and [another][ref2].\n\n[ref2]: https://example.org/two\n",
        "| A | B |\n|---|---|\n| x[^1] | y[^2] |\n\n[^1]: In a table.\n[^2]: Also.\n[^1]: A second definition of 1.\n",
        "# Heading[^h]\n\n- item[^i]\n\n> quoted[^q]\n\n[^h]: H.\n[^i]: I.\n[^q]: Q.\n",
        ManyNotes(500),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Makes_the_tree_Markdig_makes(string markdown) =>
        Assert.Equal(MarkdownTreeDump.Of(Markdig.Markdown.Parse(AdjacentFootnoteReferences.Separate(markdown), MarkdigFootnotes)), MarkdownTreeDump.Of(BriefingMarkdown.Parse(markdown)));

    [Fact]
    public void Makes_the_tree_Markdig_makes_for_every_shipped_briefing()
    {
        var snapshots = ShippedBriefingMarkdown.Files();
        Assert.NotEmpty(snapshots);
        foreach (var file in snapshots)
        {
            var markdown = File.ReadAllText(file);
            Assert.Equal(MarkdownTreeDump.Of(Markdig.Markdown.Parse(AdjacentFootnoteReferences.Separate(markdown), MarkdigFootnotes)), MarkdownTreeDump.Of(BriefingMarkdown.Parse(markdown)));
        }
    }

    private static string ManyNotes(int count)
    {
        var markdown = new StringBuilder();
        for (var note = 1; note <= count; note++)
        {
            markdown.Append("Claim ").Append(note).Append(".[^").Append(note).Append("][^").Append(count + 1 - note).Append("]\n\n");
        }

        for (var note = 1; note <= count; note++)
        {
            markdown.Append("[^").Append(note).Append("]: Note ").Append(note).Append(note % 7 == 0 ? ".\n\n[r" + note + "]: https://example.org/" + note + "\n" : ".\n");
        }

        return markdown.ToString();
    }
}
