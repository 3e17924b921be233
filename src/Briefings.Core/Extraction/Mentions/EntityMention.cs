using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>A name of a fact's party, place, person or agreement found in a sentence (span relative to the sentence).</summary>
public sealed record EntityMention(TextSpan Span, string Text, EntityKind Kind, string Id, string Name);
