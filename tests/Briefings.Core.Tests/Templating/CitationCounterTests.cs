using Briefings.Core.Templating;
using Xunit;

namespace Briefings.Core.Tests.Templating;

public sealed class CitationCounterTests
{
    [Fact]
    public void Counts_every_citation_of_the_fact_collections_once_per_source()
    {
        var facts = TemplateHarness.LoadFacts(TemplateHarness.RiverDossier);
        var counts = CitationCounter.CountBySource(facts);

        var expected = new[] { facts.Events.SelectMany(e => e.Cite), facts.Positions.SelectMany(p => p.Cite) }
            .SelectMany(citations => citations)
            .Count(citation => citation.Source == "gazette");
        Assert.True(counts["gazette"] > expected, $"gazette: {counts.GetValueOrDefault("gazette")} counted, events and positions alone cite it {expected} times");
        Assert.Equal(facts.Sources.Select(source => source.Id).Order(), counts.Keys.Order());
    }
}
