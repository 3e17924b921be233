using Scriban;

namespace Briefings.Core.Templating;

/// <summary>
/// The <c>document:</c> block of a template's front matter: Scriban text rendered per output into the
/// Markdown front matter (title, subtitle) plus fixed options.
/// </summary>
public sealed record DocumentTemplate(Template Title, Template? Subtitle, bool TableOfContents);
