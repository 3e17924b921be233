using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>What the facts are about, and as of when; it feeds every briefing's title block.</summary>
public sealed record Dossier(
    string Id,
    string Title,
    string Subject,
    EdtfDate AsOf,
    string Classification,
    string Author,
    IReadOnlyList<string> Keywords) : FactRecord;
