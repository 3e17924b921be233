using System.Globalization;
using System.Text;
using System.Xml;
using Briefings.Core.Rendering;

namespace Briefings.Docx.Packaging;

/// <summary>
/// Writes <c>docProps/core.xml</c> and <c>docProps/app.xml</c> ourselves: the packaging library would put core
/// properties in a randomly named part, and dates must come from the facts, never from the clock.
/// </summary>
internal static class DocumentProperties
{
    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string ElementsNamespace = "http://purl.org/dc/elements/1.1/";
    private const string TermsNamespace = "http://purl.org/dc/terms/";
    private const string InstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string ExtendedNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static byte[] Core(DocumentInfo info)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("cp", "coreProperties", CoreNamespace);
            writer.WriteAttributeString("xmlns", "dc", null, ElementsNamespace);
            writer.WriteAttributeString("xmlns", "dcterms", null, TermsNamespace);
            writer.WriteAttributeString("xmlns", "xsi", null, InstanceNamespace);
            writer.WriteElementString("dc", "title", ElementsNamespace, info.Title);
            writer.WriteElementString("dc", "subject", ElementsNamespace, info.Subject ?? info.Dossier ?? string.Empty);
            writer.WriteElementString("dc", "creator", ElementsNamespace, info.Author);
            writer.WriteElementString("cp", "keywords", CoreNamespace, string.Join(", ", info.Keywords));
            if (info.Subtitle is { Length: > 0 } subtitle)
            {
                writer.WriteElementString("dc", "description", ElementsNamespace, subtitle);
            }

            writer.WriteElementString("cp", "lastModifiedBy", CoreNamespace, info.Author);
            writer.WriteElementString("dc", "language", ElementsNamespace, info.Language);
            writer.WriteElementString("cp", "category", CoreNamespace, info.Classification);
            var date = info.Date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            foreach (var name in (ReadOnlySpan<string>)["created", "modified"])
            {
                writer.WriteStartElement("dcterms", name, TermsNamespace);
                writer.WriteAttributeString("xsi", "type", InstanceNamespace, "dcterms:W3CDTF");
                writer.WriteString(date);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    public static byte[] Extended()
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("Properties", ExtendedNamespace);
            writer.WriteElementString("Application", ExtendedNamespace, "Briefings");
            writer.WriteElementString("DocSecurity", ExtendedNamespace, "0");
            writer.WriteEndElement();
        }

        return stream.ToArray();
    }
}
