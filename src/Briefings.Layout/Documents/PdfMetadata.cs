namespace Briefings.Layout.Documents;

/// <summary>Document properties written into the PDF. <see cref="Date"/> is given, never read from the clock, so output is reproducible.</summary>
public sealed record PdfMetadata(string Title, DateTimeOffset Date)
{
    public string Author { get; init; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    public string Keywords { get; init; } = string.Empty;

    public string Creator { get; init; } = "Briefings";

    public string Producer { get; init; } = "Briefings";

    /// <summary>Write PDF/A-2b: an XMP packet claiming conformance and an sRGB output intent.</summary>
    public bool PdfA { get; init; }
}
