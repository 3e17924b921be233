using Briefings.Core.Facts;

namespace Briefings.Core.Extraction.Coverage;

/// <summary>Every citation in the facts, wherever it hangs: events, positions and every cited part of an agreement, alternatives included.</summary>
internal static class FactCitations
{
    public static IReadOnlyList<CitedQuote> Collect(FactBase facts)
    {
        var citations = new List<Citation>();
        foreach (var e in facts.Events)
        {
            citations.AddRange(e.Cite);
            AddAlternatives(citations, e.Date);
        }

        foreach (var position in facts.Positions)
        {
            citations.AddRange(position.Cite);
        }

        foreach (var agreement in facts.Agreements)
        {
            AddAlternatives(citations, agreement.Date);
            AddAlternatives(citations, agreement.Place);
            foreach (var signatory in agreement.Signatories)
            {
                citations.AddRange(signatory.Cite);
                AddAlternatives(citations, signatory.Person);
                AddAlternatives(citations, signatory.Title);
            }

            foreach (var provision in agreement.Provisions)
            {
                citations.AddRange(provision.Cite);
            }

            if (agreement.Territory is { } territory)
            {
                citations.AddRange(territory.Cite);
            }

            citations.AddRange(agreement.Status.Cite);
            foreach (var standing in agreement.Standing)
            {
                citations.AddRange(standing.Cite);
            }

            citations.AddRange(agreement.Significance.Cite);
        }

        // A plain sourced field repeats its fact's citations: count each citation once.
        return [.. citations
            .Distinct()
            .Select(c => new CitedQuote(c.Source, c.Quote, c.Line, c.Location))];
    }

    private static void AddAlternatives(List<Citation> citations, ISourced? field)
    {
        if (field is null)
        {
            return;
        }

        foreach (var alternative in field.Alternatives)
        {
            citations.AddRange(alternative.Cite);
        }
    }
}
