namespace Briefings.Core.Themes;

/// <param name="Fallback">Font files tried in order for characters the main family lacks.</param>
public sealed record FontSet(FontFamilyFiles Body, FontFamilyFiles Heading, FontFamilyFiles Mono, IReadOnlyList<string> Fallback);
