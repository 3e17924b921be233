using Briefings.Core.Facts;

namespace Briefings.Core.Extraction.Coverage;

/// <summary>
/// Every citation in the facts, wherever it hangs (events, positions, every cited part of an agreement,
/// alternatives of any field), as the quotes coverage is measured against. The facts collect their own
/// citations, so a new citation field is covered here without a change.
/// </summary>
internal static class FactCitations
{
    public static IReadOnlyList<CitedQuote> Collect(FactBase facts) =>
        [.. facts.AllCitations().Distinct().Select(c => new CitedQuote(c.Source, c.Quote, c.Line, c.Location))];
}
