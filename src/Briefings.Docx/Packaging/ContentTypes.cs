using System.Text;
using System.Xml;

namespace Briefings.Docx.Packaging;

/// <summary>
/// <c>[Content_Types].xml</c>, the same for every briefing: XML parts default to the main document's type
/// (the document is the one XML part without an override), relationship parts have their own default, and
/// every other part is named with its type.
/// </summary>
internal static class ContentTypes
{
    private const string Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";

    public static byte[] Xml { get; } = Build();

    private static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("Types", Namespace);
            Default(writer, "xml", DocxParts.Document.ContentType);
            Default(writer, "rels", RelationshipsType);
            foreach (var part in DocxParts.OfPackage.Concat(DocxParts.OfDocument))
            {
                if (part != DocxParts.Document)
                {
                    writer.WriteStartElement("Override");
                    writer.WriteAttributeString("PartName", "/" + part.Name);
                    writer.WriteAttributeString("ContentType", part.ContentType);
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Default(XmlWriter writer, string extension, string contentType)
    {
        writer.WriteStartElement("Default");
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }
}
