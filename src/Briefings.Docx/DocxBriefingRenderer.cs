using System.IO.Packaging;
using Briefings.Core.Rendering;
using Briefings.Docx.Packaging;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx;

/// <summary>
/// Renders a briefing as an editable Word document: styles rather than direct formatting, real numbering,
/// footnotes, header and footer with the classification banner, an optional table of contents, and the
/// same page, fonts and colours as the PDF. Output is byte-identical for identical input. Thread-safe.
/// </summary>
public sealed class DocxBriefingRenderer : IBriefingRenderer
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public string Format => "docx";

    public RenderedOutput Render(BriefingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new DocxContext(document);
        var info = document.Info;

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Compressed once, by the deterministic rewrite below.
            package.CompressionOption = CompressionOption.NotCompressed;

            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            package.AddNewPart<CoreFilePropertiesPart>("rId2").FeedData(new MemoryStream(DocumentProperties.Core(info), writable: false));
            package.AddNewPart<ExtendedFilePropertiesPart>("rId3").FeedData(new MemoryStream(DocumentProperties.Extended(), writable: false));

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").FeedData(new MemoryStream(StyleSheetCache.Get(document.Theme, info.Language), writable: false));
            var numberingPart = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocumentSettings.Build(info.Language);
            var footnotesPart = main.AddNewPart<FootnotesPart>("rIdFootnotes");
            main.AddNewPart<HeaderPart>(PageFurniture.HeaderId).Header = Declare(PageFurniture.Header(info));
            main.AddNewPart<FooterPart>(PageFurniture.FooterId).Footer = Declare(PageFurniture.Footer(info));

            var body = new Body();
            TitleBlock.Write(body, info);
            if (info.TableOfContents)
            {
                TableOfContents.Write(body, context.Headings.Entries, document.Theme.Spacing.HeadingBefore);
            }

            new DocxRenderer(context, new HyperlinkRegistry(main), body, null, inFootnote: false).Render(document.Syntax);
            if (body.LastChild is Table)
            {
                body.Append(new Paragraph());
            }

            body.Append(PageFurniture.Section(document.Theme.Page));
            main.Document = Declare(new Document(body));

            footnotesPart.Footnotes = Declare(Footnotes(context, footnotesPart));
            numberingPart.Numbering = Declare(context.Numbering.Build());
        }

        return new RenderedOutput(DeterministicZip.Rewrite(stream), null, context.Diagnostics);
    }

    private static Footnotes Footnotes(DocxContext context, FootnotesPart part)
    {
        var footnotes = new Footnotes(
            Separator(FootnoteEndnoteValues.Separator, -1, new SeparatorMark()),
            Separator(FootnoteEndnoteValues.ContinuationSeparator, 0, new ContinuationSeparatorMark()));
        if (context.Footnotes.Count == 0)
        {
            return footnotes;
        }

        var renderer = new DocxRenderer(context, new HyperlinkRegistry(part), footnotes, StyleIds.FootnoteText, inFootnote: true);
        foreach (var (id, note) in context.Footnotes)
        {
            var footnote = new Footnote { Id = id };
            footnotes.Append(footnote);
            using (renderer.EnterFootnote(footnote))
            {
                renderer.WriteChildren(note);
            }
        }

        return footnotes;
    }

    private static Footnote Separator(FootnoteEndnoteValues type, int id, OpenXmlElement mark) =>
        new(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(mark)))
        { Type = type, Id = id };

    /// <summary>Declares the prefixes on the root once, instead of on every element that uses them.</summary>
    private static T Declare<T>(T root)
        where T : OpenXmlElement
    {
        root.AddNamespaceDeclaration("w", WordNamespace);
        root.AddNamespaceDeclaration("r", RelationshipsNamespace);
        return root;
    }
}
