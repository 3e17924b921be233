using Briefings.Core.Rendering;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Packaging;

/// <summary>The top of the first page: dossier line, title, subtitle and the "As of" line, each in its own style.</summary>
internal static class TitleBlock
{
    public static void Write(Body body, DocumentInfo info)
    {
        if (info.Dossier is { Length: > 0 } dossier)
        {
            body.Append(StyledParagraph(StyleIds.Dossier, dossier));
        }

        body.Append(StyledParagraph(StyleIds.Title, info.Title));
        if (info.Subtitle is { Length: > 0 } subtitle)
        {
            body.Append(StyledParagraph(StyleIds.Subtitle, subtitle));
        }

        if (info.AsOf is { Length: > 0 } asOf)
        {
            body.Append(StyledParagraph(StyleIds.AsOf, "As of " + asOf));
        }
    }

    public static Paragraph StyledParagraph(string style, string text, RunProperties? runProperties = null)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text, runProperties));
        }

        return paragraph;
    }

    public static Run TextRun(string text, RunProperties? runProperties = null)
    {
        var sanitized = new System.Text.StringBuilder(text.Length);
        TextSanitizer.Append(sanitized, text);
        var value = sanitized.ToString();
        var run = runProperties is null ? new Run() : new Run(runProperties);
        run.Append(new Text(value) { Space = value.Trim().Length == value.Length ? null : new EnumValue<SpaceProcessingModeValues>(SpaceProcessingModeValues.Preserve) });
        return run;
    }
}
