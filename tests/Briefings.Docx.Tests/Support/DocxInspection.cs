using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Tests.Support;

/// <summary>Reads rendered documents back for assertions and snapshots.</summary>
public static partial class DocxInspection
{
    private static readonly HashSet<string> TitleBlockStyles = ["Dossier", "Title", "Subtitle", "AsOf"];

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var document = Open(docx);
        return new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();
    }

    /// <summary>
    /// The body's content as indented XML, without the title block and the section properties that every
    /// document shares: what a Markdown snippet turned into.
    /// </summary>
    public static string ContentXml(byte[] docx)
    {
        using var document = Open(docx);
        var body = document.MainDocumentPart!.Document!.Body!;
        var lines = new List<string>();
        foreach (var child in body.ChildElements)
        {
            if (child is SectionProperties
                || (child is Paragraph paragraph && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && TitleBlockStyles.Contains(style)))
            {
                continue;
            }

            lines.Add(Pretty(child));
        }

        return string.Join('\n', lines);
    }

    public static string FootnotesXml(byte[] docx)
    {
        using var document = Open(docx);
        return string.Join('\n', document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>()
            .Where(footnote => footnote.Id!.Value > 0)
            .Select(Pretty));
    }

    public static string NumberingInstancesXml(byte[] docx)
    {
        using var document = Open(docx);
        return string.Join('\n', document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Select(Pretty));
    }

    /// <summary>Indented XML without namespace declarations, so snapshots show only what matters.</summary>
    public static string Pretty(OpenXmlElement element) =>
        NamespaceDeclaration().Replace(XElement.Parse(element.OuterXml).ToString(), string.Empty);

    [GeneratedRegex(" xmlns:[a-z0-9]+=\"[^\"]*\"")]
    private static partial Regex NamespaceDeclaration();
}
