using Briefings.Core.Rendering;
using Briefings.Docx.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Xunit;

namespace Briefings.Docx.Tests;

/// <summary>Nodes the renderer has no renderer for still show their text: styling may be lost, text never.</summary>
public sealed class FallbackTests
{
    [Fact]
    public void Unknown_inline_shows_its_content()
    {
        // The briefing pipeline has no maths; a tree built with it holds MathInline nodes nothing renders.
        const string markdown = "Area is $x^2$ units.";
        var syntax = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseMathematics().Build());
        var docx = new DocxBriefingRenderer().Render(new BriefingDocument("math", markdown, syntax, TestDocuments.DefaultInfo, TestDocuments.Theme)).Content;

        DocxAssert.Sound(docx);
        Assert.Equal("Area is x^2 units.", BodyText(docx));
    }

    [Fact]
    public void Unknown_leaf_block_shows_its_lines()
    {
        var syntax = Markdown.Parse("Before.");
        var unknown = new UnknownBlock();
        var line = new Markdig.Helpers.StringSlice("kept text");
        unknown.AppendLine(ref line, 0, 1, 0, false);
        syntax.Add(unknown);
        var docx = new DocxBriefingRenderer().Render(new BriefingDocument("unknown", "Before.", syntax, TestDocuments.DefaultInfo, TestDocuments.Theme)).Content;

        DocxAssert.Sound(docx);
        Assert.Equal("Before.kept text", BodyText(docx));
    }

    private static string BodyText(byte[] docx)
    {
        using var document = DocxInspection.Open(docx);
        var body = document.MainDocumentPart!.Document!.Body!;
        return string.Concat(body.Elements<Paragraph>()
            .Where(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is not "Title")
            .Select(paragraph => paragraph.InnerText));
    }

    private sealed class UnknownBlock() : LeafBlock(null);
}
