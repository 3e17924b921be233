namespace Briefings.Core.Extraction.Mentions;

/// <summary>What <see cref="DateRecognizer"/> found in one sentence, each list in text order.</summary>
public sealed record SentenceDates(IReadOnlyList<DateMention> Dates, IReadOnlyList<DurationMention> Durations);
