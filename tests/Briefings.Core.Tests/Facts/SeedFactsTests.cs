using System.Text.RegularExpressions;
using Briefings.Core.Facts;
using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Facts;

/// <summary>
/// The real dossier must load without a single error (every quote found, every reference known), record the
/// disagreements between its sources, and assert nothing the sources do not date.
/// </summary>
public sealed partial class SeedFactsTests
{
    private static FactBase LoadSeeds()
    {
        var result = FactBaseLoader.Load(Path.Combine(RepoPaths.Seeds, "facts.yaml"));
        Assert.True(!result.HasErrors, string.Join(Environment.NewLine, result.Errors));
        return result.Facts!;
    }

    [Fact]
    public void The_seed_facts_load_without_errors() => Assert.NotNull(LoadSeeds());

    [Fact]
    public void Every_disagreement_between_the_sources_is_recorded_as_a_discrepancy()
    {
        var facts = LoadSeeds();

        Assert.Equal(
            [
                "agreement 'joint-declaration-1956' provisions[0].text",
                "agreement 'joint-declaration-1956' territory.text",
                "agreement 'joint-communique-1991' name",
                "agreement 'tokyo-declaration-1993' signatories[1].person",
                "agreement 'press-statement-2016' status.text",
                "agreement 'visa-free-exchange-agreement' status.text",
                "agreement 'facilitated-visits-agreement' status.text",
                "event 'tokyo-declaration-signed-1993' people[1]",
                "position of 'russia' on 'joint-declaration-1956' text",
                "position of 'japan' on 'treaty-and-territory-sequence' text",
                "position of 'russia' on 'state-of-negotiations' text",
            ],
            facts.Discrepancies.Select(d => $"{d.Fact} {d.Field}"));
        Assert.All(facts.Discrepancies, d => Assert.All(d.Alternatives, a => Assert.NotEmpty(a.Cite)));
        Assert.Equal(["position of 'russia' on 'state-of-negotiations'"], facts.Discrepancies.Where(d => !d.IsResolved).Select(d => d.Fact));
    }

    [Fact]
    public void Agreements_no_source_dates_have_no_date_and_no_year_in_their_id()
    {
        var facts = LoadSeeds();

        Assert.Equal(
            ["soviet-japanese-neutrality-pact", "visa-free-exchange-agreement", "facilitated-visits-agreement"],
            facts.Agreements.Where(a => a.Date is null).Select(a => a.Id));
        Assert.All(facts.Agreements, agreement =>
        {
            var year = YearSuffix().Match(agreement.Id);
            Assert.Equal(agreement.Date is not null, year.Success);
            if (agreement.Date is { } date)
            {
                Assert.Equal(date.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), year.Groups[1].Value);
            }
        });
    }

    [GeneratedRegex(@"-(\d{4})$")]
    private static partial Regex YearSuffix();
}
