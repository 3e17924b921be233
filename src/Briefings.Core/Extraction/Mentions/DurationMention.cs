using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>
/// A length of time ("about 80 years", "67 years after", "2-3 months"): never a date. <see cref="Iso8601"/> is the
/// ISO 8601 duration (<c>P80Y</c>; a range as <c>P2M/P3M</c>); <see cref="Relation"/> is the word that ties it to an
/// event when the text gives one ("after", "ago", "since", "have passed").
/// </summary>
public sealed record DurationMention(TextSpan Span, string Text, string Iso8601, DurationQualifier Qualifier, string? Relation);
