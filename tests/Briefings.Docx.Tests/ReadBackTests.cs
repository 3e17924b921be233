using Briefings.Docx.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Briefings.Docx.Tests;

/// <summary>The sample read back through the SDK: the structure an analyst editing it in Word relies on.</summary>
public sealed class ReadBackTests : IDisposable
{
    private static readonly Lazy<byte[]> Sample = new(() => new DocxBriefingRenderer().Render(TestDocuments.Sample("everything.md")).Content);

    private readonly WordprocessingDocument document = DocxInspection.Open(Sample.Value);

    private Body Body => document.MainDocumentPart!.Document!.Body!;

    public void Dispose() => document.Dispose();

    [Fact]
    public void Uses_styles_for_every_construct()
    {
        var used = Body.Descendants<ParagraphStyleId>().Select(style => style.Val!.Value!)
            .Concat(Body.Descendants<RunStyle>().Select(style => style.Val!.Value!))
            .Concat(Body.Descendants<TableStyle>().Select(style => style.Val!.Value!))
            .ToHashSet();

        string[] expected =
        [
            "Dossier", "Title", "Subtitle", "AsOf", "TOCHeading", "TOC2", "TOC3", "Heading2", "Heading3", "Heading4",
            "Quote", "ListParagraph", "Note", "Warning", "CalloutTitle", "TableText", "TableHeading",
            "SourceCode", "HorizontalRule", "FootnoteReference", "Hyperlink", "VerbatimChar",
            "BriefingTable", "KeyPointsBox", "NoteBox", "WarningBox",
        ];
        Assert.All(expected, style => Assert.Contains(style, used));
    }

    [Fact]
    public void Has_no_direct_fonts_sizes_or_colours_in_the_body()
    {
        Assert.Empty(Body.Descendants<RunFonts>());
        Assert.Empty(Body.Descendants<FontSize>());
        Assert.Empty(Body.Descendants<Color>());
        Assert.Empty(Body.Descendants<Shading>());
    }

    [Fact]
    public void Has_one_footnote_per_reference_with_separators()
    {
        var references = Body.Descendants<FootnoteReference>().Select(reference => reference.Id!.Value).ToList();
        var notes = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().ToList();

        Assert.Equal(7, references.Count);
        Assert.Equal(references, notes.Where(note => note.Id!.Value > 0).Select(note => note.Id!.Value));
        Assert.Contains(notes, note => note.Id!.Value == -1 && note.Type!.Value == FootnoteEndnoteValues.Separator);
        Assert.Contains(notes, note => note.Id!.Value == 0 && note.Type!.Value == FootnoteEndnoteValues.ContinuationSeparator);
        Assert.All(notes.Where(note => note.Id!.Value > 0), note =>
            Assert.Equal("FootnoteText", note.Elements<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value));
    }

    [Fact]
    public void Data_tables_repeat_their_header_row_and_fill_the_text_width()
    {
        var tables = Body.Elements<Table>()
            .Where(table => table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value == "BriefingTable")
            .ToList();

        Assert.Equal(2, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties?.GetFirstChild<TableHeader>()));
            var width = table.Elements<TableGrid>().Single().Elements<GridColumn>().Sum(column => int.Parse(column.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal((int)Math.Round(TestDocuments.Theme.Page.ContentWidth * 20), width);
        }
    }

    [Fact]
    public void Ordered_lists_restart_at_their_markdown_start_number()
    {
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var starts = Body.Descendants<NumberingId>()
            .Select(id => id.Val!.Value)
            .Distinct()
            .Select(id => numbering.Elements<NumberingInstance>().Single(instance => instance.NumberID!.Value == id))
            .Select(instance => instance.GetFirstChild<LevelOverride>()?.StartOverrideNumberingValue?.Val?.Value)
            .Where(start => start is not null)
            .ToList();

        Assert.Equal([1, 4], starts);
    }

    [Fact]
    public void Headings_carry_bookmarks_that_links_and_the_contents_point_at()
    {
        var bookmarks = Body.Descendants<BookmarkStart>().Select(bookmark => bookmark.Name!.Value).ToList();
        var anchors = Body.Descendants<Hyperlink>().Where(link => link.Anchor is not null).Select(link => link.Anchor!.Value).ToList();

        Assert.Contains("joint_declaration", bookmarks);
        Assert.Contains("positions", anchors);
        Assert.All(anchors, anchor => Assert.Contains(anchor, bookmarks));
        Assert.Contains(Body.Descendants<FieldCode>(), code => code.Text.Contains("TOC \\o \"1-3\" \\h \\z \\u", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_and_footer_carry_title_classification_and_page_fields()
    {
        var main = document.MainDocumentPart!;
        var header = main.HeaderParts.Single().Header!.InnerText;
        var footer = main.FooterParts.Single().Footer!;
        var fields = footer.Descendants<FieldCode>().Select(code => code.Text.Trim()).ToList();

        Assert.StartsWith("The Northern Territories Dispute", header, StringComparison.Ordinal);
        Assert.EndsWith("UNCLASSIFIED // FOR OFFICIAL USE", header, StringComparison.Ordinal);
        Assert.Contains("UNCLASSIFIED // FOR OFFICIAL USE", footer.InnerText, StringComparison.Ordinal);
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
    }

    [Fact]
    public void Section_takes_page_size_and_margins_from_the_theme()
    {
        var section = Body.Elements<SectionProperties>().Single();
        var page = TestDocuments.Theme.Page;

        Assert.Equal((uint)Math.Round(page.Width * 20), section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal((uint)Math.Round(page.Height * 20), section.GetFirstChild<PageSize>()!.Height!.Value);
        Assert.Equal((int)Math.Round(page.Margins.Top * 20), section.GetFirstChild<PageMargin>()!.Top!.Value);
        Assert.Equal((uint)Math.Round(page.Margins.Left * 20), section.GetFirstChild<PageMargin>()!.Left!.Value);
    }

    [Fact]
    public void Styles_take_fonts_sizes_and_spacing_from_the_theme()
    {
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(style => style.StyleId!.Value!);
        var theme = TestDocuments.Theme;
        var normal = styles["Normal"];
        var heading = styles["Heading1"];

        Assert.Equal("Cambria", normal.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal(((int)(theme.Sizes.Body * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture), normal.StyleRunProperties.FontSize!.Val!.Value);
        // The PDF's line pitch, in twips: body size × line height × 20, as a minimum.
        Assert.Equal(((int)Math.Round(theme.Sizes.Body * theme.Sizes.LineHeight * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), normal.StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.AtLeast, normal.StyleParagraphProperties.SpacingBetweenLines.LineRule!.Value);
        Assert.Equal("120", normal.StyleParagraphProperties.SpacingBetweenLines.After!.Value);
        Assert.Equal("Calibri", heading.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal(0, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.NotNull(heading.StyleParagraphProperties.KeepNext);
        Assert.Equal(3, styles["Heading4"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }
}
