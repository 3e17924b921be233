namespace Briefings.Docx.Styling;

/// <summary>
/// The style ids the renderer writes. Built-in Word styles keep their Word ids and names so Word's own
/// features (navigation pane, TOC, footnote numbering) recognise them.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Dossier = "Dossier";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string AsOf = "AsOf";
    public const string Quote = "Quote";
    public const string ListParagraph = "ListParagraph";
    public const string ListContinue = "ListContinue";
    public const string KeyPoints = "KeyPoints";
    public const string Note = "Note";
    public const string Warning = "Warning";
    public const string CalloutTitle = "CalloutTitle";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string Caption = "Caption";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Hyperlink = "Hyperlink";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Classification = "Classification";
    public const string TocHeading = "TOCHeading";
    public const string SourceCode = "SourceCode";
    public const string VerbatimChar = "VerbatimChar";
    public const string HorizontalRule = "HorizontalRule";
    public const string BriefingTable = "BriefingTable";
    public const string KeyPointsBox = "KeyPointsBox";
    public const string NoteBox = "NoteBox";
    public const string WarningBox = "WarningBox";
    public const string TableNormal = "TableNormal";
    public const string NoList = "NoList";
    public const string DefaultParagraphFont = "DefaultParagraphFont";

    /// <summary>Heading 1 to 4; deeper Markdown headings use Heading 4.</summary>
    public const int HeadingLevels = 4;

    /// <summary>List Continue, List Continue 2 … 5 indent follow-on paragraphs of list items.</summary>
    public const int ListContinueLevels = 5;

    public const int TocLevels = 3;

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, HeadingLevels);

    public static string ListContinueAt(int level) =>
        level <= 0 ? ListContinue : ListContinue + Math.Min(level + 1, ListContinueLevels);

    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, TocLevels);
}
