using Briefings.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>What must hold for every DOCX: zero Open XML validator errors and nothing our own lint finds (what Word rejects and the validator misses).</summary>
internal static class DocxChecks
{
    public static IReadOnlyList<string> Problems(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        return new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .Concat(DocxLint.Check(docx))
            .ToArray();
    }

    /// <summary>The document body's text, paragraph by paragraph, as Word would show it.</summary>
    public static string BodyText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        return string.Join('\n', body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(paragraph => paragraph.InnerText));
    }

    /// <summary>Targets of every external hyperlink relationship.</summary>
    public static IReadOnlyList<string> LinkTargets(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        return document.MainDocumentPart!.HyperlinkRelationships.Select(link => link.Uri.OriginalString)
            .Concat(document.MainDocumentPart.FootnotesPart?.HyperlinkRelationships.Select(link => link.Uri.OriginalString) ?? [])
            .ToArray();
    }
}
