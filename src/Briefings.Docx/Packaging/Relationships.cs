using System.Text;
using System.Xml;

namespace Briefings.Docx.Packaging;

/// <summary>
/// Writes a relationships part (<c>.rels</c>) as the packaging library wrote it before we wrote packages
/// ourselves: UTF-8 with a byte order mark, one element per relationship, in the order given.
/// </summary>
internal static class Relationships
{
    private const string Namespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static void Write(Stream stream, IEnumerable<Relationship> relationships)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Encoding.UTF8, CloseOutput = false });
        writer.WriteStartDocument();
        writer.WriteStartElement("Relationships", Namespace);
        foreach (var relationship in relationships)
        {
            writer.WriteStartElement("Relationship");
            writer.WriteAttributeString("Type", relationship.Type);
            writer.WriteAttributeString("Target", relationship.Target);
            if (relationship.External)
            {
                writer.WriteAttributeString("TargetMode", "External");
            }

            writer.WriteAttributeString("Id", relationship.Id);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
