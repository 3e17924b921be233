using Scriban;

namespace Briefings.Core.Templating;

/// <summary>
/// One briefing template (<c>templates/*.sbn</c>): its front matter and its parsed Scriban body.
/// Parsed once and shared: a parsed <see cref="Template"/> is immutable.
/// </summary>
public sealed record TemplateDefinition
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Output formats built by default, e.g. pdf and docx.</summary>
    public required IReadOnlyList<string> Formats { get; init; }

    /// <summary>Maximum pages of each output, or null for no limit. Exceeding it fails the build.</summary>
    public int? PageBudget { get; init; }

    /// <summary>Fan-out: the fact collection (e.g. <c>agreements</c>) that gives one output per item; null for one output.</summary>
    public string? ForEach { get; init; }

    /// <summary>Scriban expression naming each fan-out output (e.g. <c>{{ item.id }}</c>).</summary>
    public Template? OutputName { get; init; }

    /// <summary>Scriban text for the document's title, subtitle and other metadata, rendered without Markdown escaping.</summary>
    public required DocumentTemplate Document { get; init; }

    public required IReadOnlyDictionary<string, TemplateParameter> Parameters { get; init; }

    /// <summary>The template file, for messages.</summary>
    public required string Path { get; init; }

    /// <summary>The body, after the front matter; line numbers in its spans are offset by <see cref="BodyLineOffset"/>.</summary>
    public required Template Body { get; init; }

    public required int BodyLineOffset { get; init; }

    /// <summary>SHA-256 of the template file, for the manifest and incremental builds.</summary>
    public required string Hash { get; init; }
}
