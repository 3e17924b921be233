namespace Briefings.Layout.PdfFile;

/// <summary>A PDF is not structured the way the post-processor needs (no classic xref, unreadable catalog …).</summary>
public sealed class PdfStructureException : Exception
{
    public PdfStructureException(string message)
        : base(message)
    {
    }

    public PdfStructureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PdfStructureException()
        : base("The PDF's structure could not be read.")
    {
    }
}
