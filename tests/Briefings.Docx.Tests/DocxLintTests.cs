using Briefings.Docx.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Briefings.Docx.Tests;

/// <summary>The lint must catch what the schema validator lets through.</summary>
public sealed class DocxLintTests
{
    private static readonly byte[] Clean = TestDocuments.Render(
        "Text.[^1]\n\n- item\n\n| A |\n|---|\n| 1 |\n\n## Heading\n\n[link](#heading)\n\n[^1]: Note.");

    [Fact]
    public void Clean_document_has_no_findings() => Assert.Empty(DocxLint.Check(Clean));

    [Fact]
    public void Finds_table_cell_without_paragraph()
    {
        var broken = DocxMutation.Apply(Clean, document =>
        {
            var cell = document.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().Last();
            cell.RemoveAllChildren<Paragraph>();
        });

        Assert.Contains(DocxLint.Check(broken), problem => problem.Contains("table cell", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_undefined_paragraph_style()
    {
        var broken = DocxMutation.Apply(Clean, document =>
            document.MainDocumentPart!.Document!.Body!.Descendants<ParagraphStyleId>().First().Val = "NoSuchStyle");

        Assert.Contains(DocxLint.Check(broken), problem => problem.Contains("'NoSuchStyle' is not defined", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_paragraph_style_used_as_character_style()
    {
        var broken = DocxMutation.Apply(Clean, document =>
            document.MainDocumentPart!.Document!.Body!.Descendants<RunStyle>().First().Val = "Heading1");

        Assert.Contains(DocxLint.Check(broken), problem => problem.Contains("used as a character style", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_numbering_reference_to_missing_definition()
    {
        var broken = DocxMutation.Apply(Clean, document =>
            document.MainDocumentPart!.Document!.Body!.Descendants<NumberingId>().First().Val = 99);

        Assert.Contains(DocxLint.Check(broken), problem => problem.Contains("numbering id 99 is not defined", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_abstract_numbering_after_an_instance()
    {
        var broken = DocxMutation.Apply(Clean, document =>
        {
            var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
            var first = numbering.Elements<AbstractNum>().First();
            first.Remove();
            numbering.Append(first);
        });

        Assert.Contains(DocxLint.Check(broken), problem => problem.Contains("comes after a num", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_missing_footnote_separators()
    {
        var broken = DocxMutation.Apply(Clean, document =>
        {
            foreach (var separator in document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(note => note.Id!.Value <= 0).ToList())
            {
                separator.Remove();
            }
        });

        var problems = DocxLint.Check(broken);
        Assert.Contains(problems, problem => problem.Contains("separator footnote (id -1)", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("continuation separator footnote (id 0)", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_footnote_reference_without_note()
    {
        var broken = DocxMutation.Apply(Clean, document =>
            document.MainDocumentPart!.Document!.Body!.Descendants<FootnoteReference>().First().Id = 42);

        Assert.Contains(DocxLint.Check(broken), problem => problem.Contains("footnote reference 42 has no footnote", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_link_to_missing_bookmark()
    {
        var broken = DocxMutation.Apply(Clean, document =>
            document.MainDocumentPart!.Document!.Body!.Descendants<Hyperlink>().First(link => link.Anchor is not null).Anchor = "nowhere");

        Assert.Contains(DocxLint.Check(broken), problem => problem.Contains("bookmark 'nowhere'", StringComparison.Ordinal));
    }
}
