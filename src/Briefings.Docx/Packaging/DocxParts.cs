namespace Briefings.Docx.Packaging;

/// <summary>
/// Every part a briefing package has, always the same set: the package points at the document and its
/// properties, the document at the rest. The lists are in the order the content types and relationships
/// are written.
/// </summary>
internal static class DocxParts
{
    public const string ContentTypes = "[Content_Types].xml";
    public const string PackageRelationships = "_rels/.rels";
    public const string DocumentRelationships = "word/_rels/document.xml.rels";
    public const string FootnotesRelationships = "word/_rels/footnotes.xml.rels";

    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public static PackagePart Document { get; } = new("word/document.xml", Wordprocessing + "document.main+xml", OfficeDocument + "officeDocument", "rId1");

    public static PackagePart Core { get; } = new(
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "rId2");

    public static PackagePart App { get; } = new(
        "docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", OfficeDocument + "extended-properties", "rId3");

    public static PackagePart Styles { get; } = new("word/styles.xml", Wordprocessing + "styles+xml", OfficeDocument + "styles", "rIdStyles");

    public static PackagePart Numbering { get; } = new("word/numbering.xml", Wordprocessing + "numbering+xml", OfficeDocument + "numbering", "rIdNumbering");

    public static PackagePart Settings { get; } = new("word/settings.xml", Wordprocessing + "settings+xml", OfficeDocument + "settings", "rIdSettings");

    public static PackagePart Footnotes { get; } = new("word/footnotes.xml", Wordprocessing + "footnotes+xml", OfficeDocument + "footnotes", "rIdFootnotes");

    public static PackagePart Header { get; } = new("word/header1.xml", Wordprocessing + "header+xml", OfficeDocument + "header", PageFurniture.HeaderId);

    public static PackagePart Footer { get; } = new("word/footer1.xml", Wordprocessing + "footer+xml", OfficeDocument + "footer", PageFurniture.FooterId);

    /// <summary>The parts the package itself points at.</summary>
    public static IReadOnlyList<PackagePart> OfPackage { get; } = [Document, Core, App];

    /// <summary>The parts the document points at.</summary>
    public static IReadOnlyList<PackagePart> OfDocument { get; } = [Styles, Numbering, Settings, Footnotes, Header, Footer];
}
