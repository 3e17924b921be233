using System.Globalization;
using System.Security;
using System.Text;
using Briefings.Layout.Documents;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// The XMP packet of a PDF/A-2b file (ISO 19005-2 §6.6): the conformance claim, and the document information
/// again, which PDF/A requires to agree with the Info dictionary. Its identifiers come from the content, never
/// from the clock, so the same document gives the same bytes.
/// </summary>
internal static class XmpMetadata
{
    public static byte[] Build(PdfMetadata metadata, ReadOnlySpan<byte> contentDigest)
    {
        var uuid = new Guid(contentDigest[..16]).ToString("D", CultureInfo.InvariantCulture);
        var date = metadata.Date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        var xml = new StringBuilder();
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
            .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
            .Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n<dc:format>application/pdf</dc:format>\n");
        if (metadata.Title.Length > 0)
        {
            xml.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(metadata.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        }

        if (metadata.Author.Length > 0)
        {
            xml.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(metadata.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (metadata.Subject.Length > 0)
        {
            xml.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(metadata.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        if (metadata.Keywords.Length > 0)
        {
            xml.Append("<pdf:Keywords>").Append(Escape(metadata.Keywords)).Append("</pdf:Keywords>\n");
        }

        xml.Append("<pdf:Producer>").Append(Escape(metadata.Producer)).Append("</pdf:Producer>\n")
            .Append("<xmp:CreatorTool>").Append(Escape(metadata.Creator)).Append("</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("<xmpMM:DocumentID>uuid:").Append(uuid).Append("</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:").Append(uuid).Append("</xmpMM:InstanceID>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>XML-escaped, without the control characters XML 1.0 cannot hold.</summary>
    private static string Escape(string text) =>
        SecurityElement.Escape(new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]));
}
