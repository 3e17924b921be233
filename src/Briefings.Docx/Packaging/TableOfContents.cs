using Briefings.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Packaging;

/// <summary>
/// A TOC field already filled with the headings as links to their bookmarks, so the contents are useful
/// before Word's first update (Word alone knows page numbers, after its own layout). The field is not marked
/// dirty, so opening the document asks nothing; updating it (F9) works as for any Word TOC.
/// </summary>
internal static class TableOfContents
{
    public const string Instruction = "TOC \\o \"1-3\" \\h \\z \\u";

    public static void Write(Body body, IReadOnlyList<HeadingEntry> headings, double spacingAfter, string heading = "Contents")
    {
        body.Append(TitleBlock.StyledParagraph(StyleIds.TocHeading, heading));
        Paragraph? paragraph = null;
        var first = true;
        foreach (var entry in headings)
        {
            if (entry.Level > StyleIds.TocLevels)
            {
                continue;
            }

            paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Toc(entry.Level) }));
            if (first)
            {
                paragraph.Append(FieldRuns.Begin(), FieldRuns.Instruction(Instruction), FieldRuns.Separate());
                first = false;
            }

            paragraph.Append(new Hyperlink(TitleBlock.TextRun(entry.Text)) { Anchor = entry.Bookmark, History = true });
            body.Append(paragraph);
        }

        if (paragraph is null)
        {
            paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Toc(1) }));
            paragraph.Append(FieldRuns.Begin(), FieldRuns.Instruction(Instruction), FieldRuns.Separate());
            body.Append(paragraph);
        }

        paragraph.Append(FieldRuns.End());

        // Air between the contents and what follows, which may be a table (callout) without space of its own.
        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = Units.TwipsText(spacingAfter) };
    }
}
