using Briefings.Core.Templating;

namespace Briefings.Core.Build;

/// <summary>
/// A planned briefing rendered to Markdown, with what the rest of the build needs of its plan: the fan-out item is
/// kept as its id, not as the template model's object, so the model can be let go of before outputs are rendered.
/// </summary>
/// <param name="Elapsed">How long the Markdown took, counted into the time reported for each output.</param>
internal sealed record MarkdownJob(string Name, TemplateDefinition Template, string? Item, IReadOnlyDictionary<string, string> Parameters, string Markdown, TimeSpan Elapsed);
