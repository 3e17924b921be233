using Briefings.Core.Rendering;
using Briefings.Core.Themes;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Packaging;

/// <summary>
/// Running header (briefing title left, classification right), footer (classification banner centred,
/// "Page X of Y" right) and the section's page size and margins from the theme.
/// </summary>
internal static class PageFurniture
{
    public const string HeaderId = "rIdHeader";
    public const string FooterId = "rIdFooter";

    public static Header Header(DocumentInfo info)
    {
        var paragraph = TitleBlock.StyledParagraph(StyleIds.Header, info.Title);
        paragraph.Append(new Run(new TabChar()), Classification(info));
        return new Header(paragraph);
    }

    public static Footer Footer(DocumentInfo info)
    {
        var paragraph = TitleBlock.StyledParagraph(StyleIds.Footer, string.Empty);
        paragraph.Append(new Run(new TabChar()), Classification(info), new Run(new TabChar()), TitleBlock.TextRun("Page "));
        paragraph.Append(FieldRuns.Field("PAGE", "1"));
        paragraph.Append(TitleBlock.TextRun(" of "));
        paragraph.Append(FieldRuns.Field("NUMPAGES", "1"));
        return new Footer(paragraph);
    }

    public static SectionProperties Section(PageSetup page) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
        new PageSize { Width = (uint)Units.Twips(page.Width), Height = (uint)Units.Twips(page.Height) },
        new PageMargin
        {
            Top = Units.Twips(page.Margins.Top),
            Right = (uint)Units.Twips(page.Margins.Right),
            Bottom = Units.Twips(page.Margins.Bottom),
            Left = (uint)Units.Twips(page.Margins.Left),
            Header = (uint)Units.Twips(page.Margins.Top / 2),
            Footer = (uint)Units.Twips(page.Margins.Bottom / 2),
            Gutter = 0,
        });

    private static Run Classification(DocumentInfo info) =>
        TitleBlock.TextRun(info.Classification, new RunProperties { RunStyle = new RunStyle { Val = StyleIds.Classification } });
}
