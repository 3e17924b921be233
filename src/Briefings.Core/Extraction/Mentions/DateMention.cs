using Briefings.Core.Dates;
using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>
/// A date in a sentence: <see cref="Span"/> is relative to the sentence, <see cref="Text"/> is what it says and
/// <see cref="Date"/> what it means. <see cref="Basis"/> tells whether the year was stated or inferred.
/// </summary>
public sealed record DateMention(TextSpan Span, string Text, EdtfDate Date, DateBasis Basis);
