using Xunit;

namespace Briefings.Docx.Tests.Support;

public static class DocxAssert
{
    /// <summary>Zero schema validator errors and a clean lint: the bar every rendered document must meet.</summary>
    public static void Sound(byte[] docx)
    {
        Assert.Empty(DocxInspection.ValidationErrors(docx));
        Assert.Empty(DocxLint.Check(docx));
    }
}
