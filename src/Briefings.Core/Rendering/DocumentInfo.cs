namespace Briefings.Core.Rendering;

/// <summary>
/// A briefing's metadata, read from the YAML front matter of its Markdown. It feeds the title block,
/// running header and footer, the classification banner and the PDF/DOCX document properties.
/// </summary>
public sealed record DocumentInfo
{
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>The dossier's title, shown above the briefing title.</summary>
    public string? Dossier { get; init; }

    /// <summary>The "as of" date as people read it, e.g. "8 April 2025".</summary>
    public string? AsOf { get; init; }

    /// <summary>
    /// The date written into document properties. Taken from the facts, never from the clock, so that the
    /// same inputs give the same bytes.
    /// </summary>
    public DateTimeOffset Date { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Classification { get; init; } = "UNCLASSIFIED";

    public string Author { get; init; } = "Briefings";

    public string? Subject { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>BCP 47 language tag of the text.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Whether the briefing opens with a table of contents.</summary>
    public bool TableOfContents { get; init; }
}
