using Briefings.Core.Dates;
using Briefings.Core.Facts;
using Xunit;
using static Briefings.Core.Tests.Facts.FactsFixtures;

namespace Briefings.Core.Tests.Facts;

public sealed class AlternativesTests
{
    private const string PlainPlace = "    place: island\n";

    private static string Alternatives(string body) => "    place:\n      alternatives:\n" + body;

    private const string FirstSource = "        - value: island\n          cite: [ { source: notes, quote: \"the two leaders met on the island\" } ]\n";

    private const string SecondSource = "        - value: mainland\n          cite: [ { source: notes, quote: \"agreed to talk again\" } ]\n";

    private static FactLoadResult LoadWithPlace(string yaml)
    {
        var (result, _) = LoadMinimalWith(PlainPlace, yaml);
        return result;
    }

    private static FactLoadResult LoadWithMainland(string placeYaml)
    {
        var yaml = MinimalYaml
            .Replace(PlainPlace, placeYaml, StringComparison.Ordinal)
            .Replace("places:\n", "places:\n  - { id: mainland, name: The Mainland }\n", StringComparison.Ordinal);
        return FactBaseLoader.Parse(yaml, MinimalPath);
    }

    [Fact]
    public void Two_distinct_cited_values_are_a_discrepancy()
    {
        var result = LoadWithMainland(Alternatives(FirstSource + SecondSource.Replace("value: mainland\n", "value: mainland\n          preferred: true\n          reason: \"Later source.\"\n", StringComparison.Ordinal)));

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var facts = result.Facts!;
        var place = facts.FindAgreement("island-talks-1956")!.Place!;
        Assert.True(place.IsDiscrepancy);
        Assert.Equal("mainland", place.Value);
        Assert.Equal(["island", "mainland"], place.Alternatives.Select(a => a.Value));
        Assert.Equal(3, place.Alternatives[0].Cite[0].Line);

        var discrepancy = Assert.Single(facts.Discrepancies);
        Assert.Equal("agreement 'island-talks-1956'", discrepancy.Fact);
        Assert.Equal("agreement", discrepancy.FactKind);
        Assert.Equal("island-talks-1956", discrepancy.FactId);
        Assert.Equal("place", discrepancy.Field);
        Assert.Equal("mainland", discrepancy.Preferred!.Value);
        Assert.Equal("Later source.", discrepancy.Reason);
        Assert.True(discrepancy.IsResolved);
        Assert.Equal(2, discrepancy.Alternatives.Count);
        Assert.True(discrepancy.Location.Line > 0);
    }

    [Fact]
    public void Without_a_preferred_value_the_first_is_shown_and_the_discrepancy_is_unresolved()
    {
        var result = LoadWithMainland(Alternatives(FirstSource + SecondSource));

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var place = result.Facts!.FindAgreement("island-talks-1956")!.Place!;
        Assert.Equal("island", place.Value);
        Assert.Null(place.Preferred);
        Assert.False(Assert.Single(result.Facts.Discrepancies).IsResolved);
    }

    [Fact]
    public void The_same_value_from_two_sources_is_corroboration_not_a_discrepancy()
    {
        var result = LoadWithPlace(Alternatives(FirstSource + SecondSource.Replace("mainland", "island", StringComparison.Ordinal)));

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.False(result.Facts!.FindAgreement("island-talks-1956")!.Place!.IsDiscrepancy);
        Assert.Empty(result.Facts.Discrepancies);
    }

    [Fact]
    public void A_preferred_value_needs_a_reason()
    {
        var result = LoadWithMainland(Alternatives(FirstSource + SecondSource.Replace("value: mainland\n", "value: mainland\n          preferred: true\n", StringComparison.Ordinal)));

        var error = SingleError(result, FactDiagnosticCodes.BadAlternatives);
        Assert.Equal("agreement 'island-talks-1956': place.alternatives[1] is preferred but gives no reason; add reason: \"…\"", error.Message);
    }

    [Fact]
    public void At_most_one_value_may_be_preferred()
    {
        const string Preferred = "          preferred: true\n          reason: \"Because.\"\n";
        var result = LoadWithMainland(Alternatives(
            FirstSource.Replace("value: island\n", "value: island\n" + Preferred, StringComparison.Ordinal)
            + SecondSource.Replace("value: mainland\n", "value: mainland\n" + Preferred, StringComparison.Ordinal)));

        var error = SingleError(result, FactDiagnosticCodes.BadAlternatives);
        Assert.Equal("agreement 'island-talks-1956': place has more than one preferred alternative; prefer at most one", error.Message);
    }

    [Fact]
    public void Alternative_values_are_checked_like_the_field_they_stand_for()
    {
        var result = LoadWithPlace(Alternatives(FirstSource + SecondSource));

        var error = SingleError(result, FactDiagnosticCodes.UnknownReference);
        Assert.StartsWith("agreement 'island-talks-1956' references unknown place 'mainland' (in place.alternatives[1].value)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_alternative_needs_its_own_citation()
    {
        var result = LoadWithMainland(Alternatives(FirstSource + "        - value: mainland\n"));

        var error = SingleError(result, FactDiagnosticCodes.MissingKey);
        Assert.Equal("agreement 'island-talks-1956': place.alternatives[1] is missing required key 'cite'", error.Message);
    }

    [Fact]
    public void Dates_may_have_alternatives_too()
    {
        var (result, _) = LoadMinimalWith(
            "    date: \"1960\"\n",
            "    date:\n      alternatives:\n"
            + "        - { value: \"1960\", cite: [ { source: notes, quote: \"In 1960\" } ] }\n"
            + "        - { value: \"1961~\", cite: [ { source: notes, quote: \"walked out\" } ] }\n");

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var walkout = result.Facts!.FindEvent("walkout")!;
        Assert.Equal(EdtfDate.Parse("1960"), walkout.Date.Value);
        Assert.Equal("date", Assert.Single(result.Facts.Discrepancies).Field);
    }

    [Fact]
    public void A_plain_value_is_one_alternative_supported_by_its_facts_citations()
    {
        var facts = FactBaseLoader.Load(MinimalPath).GetFactsOrThrow();

        var signatory = facts.FindAgreement("island-talks-1956")!.Signatories[0];
        var person = Assert.Single(signatory.Person.Alternatives);
        Assert.Equal("first-leader", person.Value);
        Assert.Equal(signatory.Cite, person.Cite);
        Assert.False(person.Preferred);
    }

    [Fact]
    public void The_river_dossier_records_its_three_discrepancies()
    {
        var facts = FactBaseLoader.Load(RiverPath).GetFactsOrThrow();

        Assert.Equal(
            ["agreement 'river-treaty-1901' place", "event 'survey-1903' text", "event 'flood-1927' date"],
            facts.Discrepancies.Select(d => $"{d.Fact} {d.Field}"));
        Assert.Equal("ferry-point", facts.FindAgreement("river-treaty-1901")!.Place!.Value);
        Assert.Equal("1927-04", facts.FindEvent("flood-1927")!.Date.Value.ToString());
        Assert.Equal("ferry-point", facts.Discrepancies[0].Preferred!.Value);
        Assert.Null(facts.Discrepancies[2].Preferred);

        var survey = facts.FindEvent("survey-1903")!;
        Assert.Equal("A joint commission surveys the river and marks the channel with stone pillars.", survey.Text);
        Assert.Equal(survey.Text, facts.Discrepancies[1].Preferred!.Value);
        Assert.Equal(
            ["gazette:11", "ministry-note-2010:20"],
            facts.AlternativesOf(survey, nameof(Event.Text))!.Alternatives.Select(a => $"{a.Cite[0].Source}:{a.Cite[0].Line}"));
    }

    [Fact]
    public void A_sourced_field_written_with_alternatives_is_its_own_alternatives()
    {
        var facts = FactBaseLoader.Load(RiverPath).GetFactsOrThrow();
        var treaty = facts.FindAgreement("river-treaty-1901")!;

        Assert.Same(treaty.Place, facts.AlternativesOf(treaty, nameof(Agreement.Place)));
        Assert.Null(facts.AlternativesOf(treaty, nameof(Agreement.Date)));
        Assert.Same(facts.FindEvent("flood-1927")!.Date, facts.AlternativesOf(facts.FindEvent("flood-1927")!, nameof(Event.Date)));
    }
}
