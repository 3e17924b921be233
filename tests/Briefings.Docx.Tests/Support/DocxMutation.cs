using DocumentFormat.OpenXml.Packaging;

namespace Briefings.Docx.Tests.Support;

/// <summary>Edits a rendered document through the SDK, to build the broken documents the lint must catch.</summary>
public static class DocxMutation
{
    public static byte[] Apply(byte[] docx, Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            edit(document);
        }

        return stream.ToArray();
    }
}
