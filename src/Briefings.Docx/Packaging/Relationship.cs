namespace Briefings.Docx.Packaging;

/// <summary>One relationship of a part: to another part of the package, or to an external address.</summary>
internal readonly record struct Relationship(string Id, string Type, string Target, bool External = false)
{
    public const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    public static Relationship Hyperlink(string id, string address) => new(id, HyperlinkType, address, External: true);
}
