using Briefings.Core.Rendering;
using Briefings.Docx.Packaging;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx;

/// <summary>
/// Renders a briefing as an editable Word document: styles rather than direct formatting, real numbering,
/// footnotes, header and footer with the classification banner, an optional table of contents, and the
/// same page, fonts and colours as the PDF. Output is byte-identical for identical input. Thread-safe.
/// </summary>
public sealed class DocxBriefingRenderer : IBriefingRenderer
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public string Format => "docx";

    public RenderedOutput Render(BriefingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new DocxContext(document);
        var info = document.Info;

        using var output = new MemoryStream();
        using (var package = new DocxPackage(output))
        {
            // The content types first, for readers that stream the zip; then the parts in ordinal order, except
            // that a part's relationships follow the part: they name the links met while writing it.
            package.Write(DocxParts.ContentTypes, ContentTypes.Xml);
            package.WriteRelationships(DocxParts.PackageRelationships, DocxParts.OfPackage.Select(part => part.Relationship));
            package.Write(DocxParts.App.Name, DocumentProperties.Extended());
            package.Write(DocxParts.Core.Name, DocumentProperties.Core(info));

            var documentLinks = WriteDocument(package, document, context);
            package.WriteRelationships(DocxParts.DocumentRelationships, DocxParts.OfDocument.Select(part => part.Relationship).Concat(documentLinks));
            package.Write(DocxParts.Footer, Declare(PageFurniture.Footer(info)));

            var footnoteLinks = WriteFootnotes(package, context);
            if (footnoteLinks.Count > 0)
            {
                package.WriteRelationships(DocxParts.FootnotesRelationships, footnoteLinks);
            }

            package.Write(DocxParts.Header, Declare(PageFurniture.Header(info)));
            package.Write(DocxParts.Numbering, Declare(context.Numbering.Build()));
            package.Write(DocxParts.Settings, DocumentSettings.Build(info.Language));
            package.Write(DocxParts.Styles.Name, StyleSheetCache.Get(document.Theme, info.Language));
        }

        return new RenderedOutput(output.ToArray(), null, context.Diagnostics);
    }

    private static List<Relationship> WriteDocument(DocxPackage package, BriefingDocument document, DocxContext context)
    {
        var info = document.Info;
        var body = new Body();
        TitleBlock.Write(body, info);
        if (info.TableOfContents)
        {
            TableOfContents.Write(body, context.Headings.Entries, document.Theme.Spacing.HeadingBefore);
        }

        var links = new HyperlinkRegistry();
        using var stream = package.Open(DocxParts.Document.Name);
        using var part = new StreamedPart(stream, Declare(new Document(body)));
        new DocxRenderer(context, links, body, part, null, inFootnote: false).Render(document.Syntax);
        if (body.LastChild is Table)
        {
            body.Append(new Paragraph());
        }

        body.Append(PageFurniture.Section(document.Theme.Page));
        part.Complete();
        return links.Relationships;
    }

    /// <summary>The notes in reference order, after the document, which is where they are referenced.</summary>
    private static List<Relationship> WriteFootnotes(DocxPackage package, DocxContext context)
    {
        var footnotes = Declare(new Footnotes(
            Separator(FootnoteEndnoteValues.Separator, -1, new SeparatorMark()),
            Separator(FootnoteEndnoteValues.ContinuationSeparator, 0, new ContinuationSeparatorMark())));
        var links = new HyperlinkRegistry();
        using var stream = package.Open(DocxParts.Footnotes.Name);
        using var part = new StreamedPart(stream, footnotes);
        var renderer = new DocxRenderer(context, links, footnotes, part, StyleIds.FootnoteText, inFootnote: true);
        foreach (var (id, note) in context.Footnotes)
        {
            var footnote = new Footnote { Id = id };
            footnotes.Append(footnote);
            using (renderer.EnterFootnote(footnote))
            {
                renderer.WriteChildren(note);
            }
        }

        part.Complete();
        return links.Relationships;
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
