using Briefings.Core.Dates;
using Briefings.Core.Facts;
using Xunit;
using static Briefings.Core.Tests.Facts.FactsFixtures;

namespace Briefings.Core.Tests.Facts;

/// <summary>
/// Alternatives on fields the model types plainly (text, dates, ids, one item of a list): the record holds the
/// preferred value, <see cref="FactBase.AlternativesOf(FactRecord, string)"/> all of them, and the discrepancies list them.
/// </summary>
public sealed class PlainFieldAlternativesTests
{
    private const string WalkoutText = "    text: The southern delegation walks out.\n";

    private const string Walkout = "        - value: The southern delegation walks out.\n          cite: [ { source: notes, quote: \"In 1960 the Southern delegation walked out.\" } ]\n";

    private const string Quarrel = "        - value: Neither side accepts the commission's report.\n          cite: [ { source: notes, quote: \"which neither side had accepted\" } ]\n";

    private const string Preferred = "          preferred: true\n          reason: \"The notes say so twice.\"\n";

    /// <summary>A field written as <c>key:\n  alternatives:\n</c> followed by the given items, at the given indentation.</summary>
    private static string Alternatives(string indent, string key, string items) => $"{indent}{key}:\n{indent}  alternatives:\n{items}";

    private static FactLoadResult LoadClean(string original, string replacement)
    {
        var (result, _) = LoadMinimalWith(original, replacement);
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        return result;
    }

    [Fact]
    public void A_text_field_holds_the_preferred_value_and_the_fact_base_keeps_the_alternatives()
    {
        var (result, yaml) = LoadMinimalWith(WalkoutText, Alternatives("    ", "text", Walkout + Quarrel + Preferred));
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var facts = result.Facts!;
        var walkout = facts.FindEvent("walkout")!;

        Assert.Equal("Neither side accepts the commission's report.", walkout.Text);
        var alternatives = facts.AlternativesOf(walkout, nameof(Event.Text))!;
        Assert.Equal(walkout.Text, alternatives.Value);
        Assert.True(alternatives.IsDiscrepancy);
        Assert.Equal(["The southern delegation walks out.", "Neither side accepts the commission's report."], alternatives.Alternatives.Select(a => a.Value));
        Assert.Equal([false, true], alternatives.Alternatives.Select(a => a.Preferred));
        Assert.Equal("The notes say so twice.", alternatives.Alternatives[1].Reason);
        Assert.Equal(8, alternatives.Alternatives[0].Cite[0].Line);
        Assert.Equal(6, alternatives.Alternatives[1].Cite[0].Line);
        Assert.IsType<Sourced<string>>(alternatives);

        var discrepancy = Assert.Single(facts.Discrepancies);
        Assert.Equal(("event", "walkout", "event 'walkout'", "text"), (discrepancy.FactKind, discrepancy.FactId, discrepancy.Fact, discrepancy.Field));
        Assert.Equal("Neither side accepts the commission's report.", discrepancy.Preferred!.Value);
        Assert.Equal("The notes say so twice.", discrepancy.Reason);
        Assert.Equal(2, discrepancy.Alternatives.Count);
        Assert.Equal(MinimalPath, discrepancy.Location.File);
        Assert.Equal(PositionOf(yaml, "alternatives:"), (discrepancy.Location.Line, discrepancy.Location.Column));
    }

    [Fact]
    public void Without_a_preferred_value_the_first_is_the_fields_value()
    {
        var facts = LoadClean(WalkoutText, Alternatives("    ", "text", Walkout + Quarrel)).Facts!;

        Assert.Equal("The southern delegation walks out.", facts.FindEvent("walkout")!.Text);
        Assert.False(Assert.Single(facts.Discrepancies).IsResolved);
    }

    [Fact]
    public void A_plainly_written_field_has_no_alternatives()
    {
        var facts = LoadClean(WalkoutText, Alternatives("    ", "text", Walkout + Quarrel)).Facts!;

        var meeting = facts.FindEvent("meeting")!;
        Assert.Null(facts.AlternativesOf(meeting, nameof(Event.Text)));
        Assert.Null(facts.AlternativesOf(meeting, nameof(Event.Date)));
        Assert.Null(facts.AlternativesOf(meeting, nameof(Event.People), 0));
        Assert.Null(facts.AlternativesOf(facts.FindEvent("walkout")!, nameof(Event.Title)));
    }

    [Fact]
    public void Alternatives_belong_to_the_record_itself_not_to_an_equal_copy()
    {
        var facts = LoadClean(WalkoutText, Alternatives("    ", "text", Walkout + Quarrel)).Facts!;
        var walkout = facts.FindEvent("walkout")!;
        var copy = walkout with { };

        Assert.Equal(walkout, copy);
        Assert.NotNull(facts.AlternativesOf(walkout, nameof(Event.Text)));
        Assert.Null(facts.AlternativesOf(copy, nameof(Event.Text)));
    }

    [Fact]
    public void Asking_for_a_property_the_record_does_not_have_is_a_mistake()
    {
        var facts = FactBaseLoader.Load(MinimalPath).GetFactsOrThrow();

        var error = Assert.Throws<ArgumentException>(() => facts.AlternativesOf(facts.FindEvent("walkout")!, "text"));
        Assert.Contains("Event has no property 'text'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_text_from_two_sources_is_corroboration()
    {
        var facts = LoadClean(WalkoutText, Alternatives("    ", "text", Walkout + Quarrel.Replace("Neither side accepts the commission's report.", "The southern delegation walks out.", StringComparison.Ordinal))).Facts!;

        var alternatives = facts.AlternativesOf(facts.FindEvent("walkout")!, nameof(Event.Text))!;
        Assert.False(alternatives.IsDiscrepancy);
        Assert.Equal(2, alternatives.Alternatives.Count);
        Assert.Empty(facts.Discrepancies);
    }

    [Fact]
    public void Citations_of_alternatives_count_among_the_facts_citations()
    {
        var facts = LoadClean(WalkoutText, Alternatives("    ", "text", Walkout + Quarrel)).Facts!;

        var plain = FactBaseLoader.Load(MinimalPath).GetFactsOrThrow();
        var alternatives = facts.AlternativesOf(facts.FindEvent("walkout")!, nameof(Event.Text))!.Alternatives.SelectMany(a => a.Cite).ToList();
        Assert.Equal(plain.AllCitations().Count + 2, facts.AllCitations().Count);
        Assert.All(alternatives, citation => Assert.Contains(citation, facts.AllCitations()));
    }

    [Fact]
    public void A_date_the_model_types_plainly_may_have_alternatives()
    {
        var result = LoadClean(
            "    roles: [ { title: Leader, party: north, from: \"1950\" } ]\n",
            "    roles:\n      - title: Leader\n        party: north\n"
            + Alternatives("        ", "from", "          - { value: \"1950\", cite: [ { source: notes, quote: \"On 19 October 1956\" } ] }\n          - { value: \"1956-10\", cite: [ { source: notes, quote: \"the two leaders met\" } ], preferred: true, reason: \"Dated by the notes.\" }\n"));
        var facts = result.Facts!;
        var leader = facts.FindPerson("first-leader")!;

        Assert.Equal(EdtfDate.Parse("1956-10"), leader.Roles[0].From);
        var alternatives = facts.AlternativesOf(leader.Roles[0], nameof(Role.From))!;
        Assert.Equal([EdtfDate.Parse("1950"), EdtfDate.Parse("1956-10")], alternatives.Alternatives.Select(a => a.Value));
        var discrepancy = Assert.Single(facts.Discrepancies);
        Assert.Equal(("person 'first-leader'", "roles[0].from"), (discrepancy.Fact, discrepancy.Field));
    }

    [Fact]
    public void A_bad_date_inside_an_alternative_is_reported_where_it_is_written()
    {
        var (result, yaml) = LoadMinimalWith(
            "as_of: \"1956-10\", cite: [ { source: notes, quote: \"toward a settlement\" } ] }",
            "as_of: { alternatives: [ { value: \"1956-13\", cite: [ { source: notes, quote: \"toward a settlement\" } ] } ] }, cite: [ { source: notes, quote: \"toward a settlement\" } ] }");

        var error = SingleError(result, FactDiagnosticCodes.BadDate);
        Assert.StartsWith("position of 'north' on 'border': as_of.alternatives[0].value:", error.Message, StringComparison.Ordinal);
        AssertAt(error, PositionOf(yaml, "\"1956-13\""));
    }

    [Fact]
    public void Each_alternative_of_a_reference_is_checked_as_a_reference()
    {
        var (result, yaml) = LoadMinimalWith(
            "    roles: [ { title: Leader, party: north, from: \"1950\" } ]\n",
            "    roles:\n      - title: Leader\n"
            + Alternatives("        ", "party", "          - { value: north, cite: [ { source: notes, quote: \"The North called it\" } ] }\n          - { value: sotuh, cite: [ { source: notes, quote: \"the Southern delegation\" } ] }\n"));

        var error = SingleError(result, FactDiagnosticCodes.UnknownReference);
        Assert.Equal("person 'first-leader' references unknown party 'sotuh' (in roles[0].party.alternatives[1].value); did you mean 'south'?", error.Message);
        AssertAt(error, PositionOf(yaml, "sotuh"));
    }

    [Fact]
    public void A_reference_with_alternatives_holds_the_preferred_id()
    {
        var facts = LoadClean(
            "    roles: [ { title: Leader, party: north, from: \"1950\" } ]\n",
            "    roles:\n      - title: Leader\n"
            + Alternatives("        ", "party", "          - { value: north, cite: [ { source: notes, quote: \"The North called it\" } ] }\n          - { value: south, cite: [ { source: notes, quote: \"the Southern delegation\" } ], preferred: true, reason: \"Named later.\" }\n")).Facts!;

        var role = facts.FindPerson("first-leader")!.Roles[0];
        Assert.Equal("south", role.Party);
        Assert.Equal(["north", "south"], facts.AlternativesOf(role, nameof(Role.Party))!.Alternatives.Select(a => a.Value));
        Assert.Equal("roles[0].party", Assert.Single(facts.Discrepancies).Field);
    }

    [Fact]
    public void A_nested_records_text_may_have_alternatives()
    {
        var (result, yaml) = LoadMinimalWith(
            "    significance: { text: A first step, cite: [ { source: notes, quote: \"The North called it a \\\"historic first step\\\"\" } ] }\n",
            "    significance:\n"
            + Alternatives("      ", "text", "          - { value: A first step, cite: [ { source: notes, quote: \"historic first step\" } ] }\n          - { value: A step toward settling the quarrel, cite: [ { source: notes, quote: \"toward a settlement of the long-standing quarrel\" } ] }\n")
            + "      cite: [ { source: notes, quote: \"The North called it a \\\"historic first step\\\"\" } ]\n");
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var facts = result.Facts!;
        var significance = facts.FindAgreement("island-talks-1956")!.Significance;

        Assert.Equal("A first step", significance.Text);
        Assert.Equal(2, facts.AlternativesOf(significance, nameof(CitedStatement.Text))!.Alternatives.Count);
        var discrepancy = Assert.Single(facts.Discrepancies);
        Assert.Equal(("agreement 'island-talks-1956'", "island-talks-1956", "significance.text"), (discrepancy.Fact, discrepancy.FactId, discrepancy.Field));
        Assert.Equal(PositionOf(yaml, "alternatives:"), (discrepancy.Location.Line, discrepancy.Location.Column));
    }

    [Fact]
    public void The_text_of_one_provision_in_a_list_may_have_alternatives()
    {
        const string FirstProvision = "      - { text: Talks resume., cite: [ { source: notes, quote: \"agreed to talk again\" } ] }\n";
        var facts = LoadClean(
            "    status: { text: Informal,",
            "    provisions:\n" + FirstProvision + "      - places: [island]\n        cite: [ { source: notes, quote: \"met on the island\" } ]\n"
            + Alternatives("        ", "text", "          - { value: The leaders meet on the island., cite: [ { source: notes, quote: \"the two leaders met on the island\" } ] }\n          - { value: The leaders meet at the border., cite: [ { source: notes, quote: \"Border Commission\" } ] }\n")
            + "    status: { text: Informal,").Facts!;
        var provisions = facts.FindAgreement("island-talks-1956")!.Provisions;

        Assert.Equal(["Talks resume.", "The leaders meet on the island."], provisions.Select(p => p.Text));
        Assert.Null(facts.AlternativesOf(provisions[0], nameof(Provision.Text)));
        Assert.Equal("The leaders meet at the border.", facts.AlternativesOf(provisions[1], nameof(Provision.Text))!.Alternatives[1].Value);
        Assert.Equal("provisions[1].text", Assert.Single(facts.Discrepancies).Field);
    }

    [Fact]
    public void One_item_of_a_list_of_ids_may_have_alternatives()
    {
        var facts = LoadClean(
            "    parties: [south]\n",
            "    parties:\n      - north\n      - alternatives:\n"
            + "          - { value: south, cite: [ { source: notes, quote: \"the Southern delegation walked out\" } ], preferred: true, reason: \"The notes name the South.\" }\n"
            + "          - { value: north, cite: [ { source: notes, quote: \"The North called it\" } ] }\n").Facts!;
        var walkout = facts.FindEvent("walkout")!;

        Assert.Equal(["north", "south"], walkout.Parties);
        Assert.Null(facts.AlternativesOf(walkout, nameof(Event.Parties), 0));
        Assert.Null(facts.AlternativesOf(walkout, nameof(Event.Parties)));
        var item = facts.AlternativesOf(walkout, nameof(Event.Parties), 1)!;
        Assert.Equal(["south", "north"], item.Alternatives.Select(a => a.Value));
        var discrepancy = Assert.Single(facts.Discrepancies);
        Assert.Equal(("event 'walkout'", "parties[1]", "south"), (discrepancy.Fact, discrepancy.Field, discrepancy.Preferred!.Value));
    }

    [Fact]
    public void A_bad_id_in_one_alternative_of_a_list_item_names_the_item()
    {
        var (result, yaml) = LoadMinimalWith(
            "    parties: [south]\n",
            "    parties:\n      - alternatives:\n"
            + "          - { value: south, cite: [ { source: notes, quote: \"the Southern delegation walked out\" } ] }\n"
            + "          - { value: west, cite: [ { source: notes, quote: \"The North called it\" } ] }\n");

        var error = SingleError(result, FactDiagnosticCodes.UnknownReference);
        Assert.StartsWith("event 'walkout' references unknown party 'west' (in parties[0].alternatives[1].value)", error.Message, StringComparison.Ordinal);
        AssertAt(error, PositionOf(yaml, "west"));
    }

    [Fact]
    public void A_whole_list_cannot_have_alternatives()
    {
        var (result, yaml) = LoadMinimalWith(
            "    parties: [south]\n",
            "    parties:\n      alternatives:\n          - { value: south, cite: [ { source: notes, quote: \"walked out\" } ] }\n");

        var error = SingleError(result, FactDiagnosticCodes.WrongType);
        Assert.Equal("event 'walkout': parties must be a list, not a mapping; alternatives go on one item of a list, not on the whole list", error.Message);
        AssertAt(error, PositionOf(yaml, "alternatives:"));
    }

    [Fact]
    public void A_stance_with_alternatives_keeps_to_the_allowed_stances()
    {
        var yaml = MinimalYaml.Replace(
            "    significance:",
            "    standing:\n      - party: north\n        cite: [ { source: notes, quote: \"historic first step\" } ]\n"
            + Alternatives("        ", "stance", "          - { value: affirms, cite: [ { source: notes, quote: \"historic first step\" } ] }\n          - { value: afirms, cite: [ { source: notes, quote: \"agreed to talk again\" } ] }\n")
            + "        text: Welcomes the talks.\n    significance:",
            StringComparison.Ordinal);

        var error = SingleError(FactBaseLoader.Parse(yaml, MinimalPath), FactDiagnosticCodes.NotAllowedValue);
        Assert.StartsWith("agreement 'island-talks-1956': standing[0].stance.alternatives[1].value is 'afirms', which is not one of", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'affirms'?", error.Message, StringComparison.Ordinal);
        AssertAt(error, PositionOf(yaml, "afirms"));
    }

    [Fact]
    public void A_preferred_text_needs_a_reason()
    {
        var (result, _) = LoadMinimalWith(WalkoutText, Alternatives("    ", "text", Walkout + Quarrel + "          preferred: true\n"));

        var error = SingleError(result, FactDiagnosticCodes.BadAlternatives);
        Assert.Equal("event 'walkout': text.alternatives[1] is preferred but gives no reason; add reason: \"…\"", error.Message);
    }

    [Fact]
    public void At_most_one_text_may_be_preferred()
    {
        var (result, yaml) = LoadMinimalWith(WalkoutText, Alternatives("    ", "text", Walkout + Preferred + Quarrel + Preferred));

        var error = SingleError(result, FactDiagnosticCodes.BadAlternatives);
        Assert.Equal("event 'walkout': text has more than one preferred alternative; prefer at most one", error.Message);
        AssertAt(error, PositionOf(yaml, "alternatives:"));
    }

    [Fact]
    public void Each_alternative_text_needs_its_own_citation()
    {
        var (result, _) = LoadMinimalWith(WalkoutText, Alternatives("    ", "text", Walkout + "        - value: Somebody walks out.\n"));

        var error = SingleError(result, FactDiagnosticCodes.MissingKey);
        Assert.Equal("event 'walkout': text.alternatives[1] is missing required key 'cite'", error.Message);
    }

    [Fact]
    public void A_quote_of_an_alternative_is_checked_against_its_source()
    {
        var (result, yaml) = LoadMinimalWith(
            WalkoutText,
            Alternatives("    ", "text", Walkout + "        - value: Neither side accepts the report.\n          cite: [ { source: notes, quote: \"which neither side ever accepted\" } ]\n"));

        var error = SingleError(result, FactDiagnosticCodes.QuoteNotFound);
        Assert.Equal(
            "event 'walkout': quote not found in source 'notes': \"which neither side ever accepted\"; closest passage (line 6): \"which neither side had accepted\"",
            error.Message);
        AssertAt(error, PositionOf(yaml, "\"which neither side ever accepted\""));
    }

    [Fact]
    public void An_id_cannot_have_alternatives()
    {
        var (result, yaml) = LoadMinimalWith(
            "  - id: walkout\n",
            "  - id:\n      alternatives:\n        - { value: walkout, cite: [ { source: notes, quote: \"walked out\" } ] }\n");

        var error = result.Errors.Single(e => e.Code == FactDiagnosticCodes.BadAlternatives);
        Assert.Equal("event: id cannot hold alternatives: an id names the fact itself", error.Message);
        AssertAt(error, PositionOf(yaml, "alternatives:"));
    }

    [Theory]
    [InlineData("    published: \"2020\"\n", "    published:\n      alternatives:\n        - { value: \"2020\", cite: [ { source: notes, quote: \"In 1960\" } ] }\n", "source 'notes': published cannot hold alternatives: a source's own details are not claims of a source")]
    [InlineData(
        "cite: [ { source: notes, quote: \"In 1960 the Southern delegation walked out.\" } ]",
        "cite: [ { source: notes, quote: { alternatives: [ { value: \"In 1960\", cite: [ { source: notes, quote: \"In 1960\" } ] } ] } } ]",
        "event 'walkout': cite[0].quote cannot hold alternatives: a citation is already one source's word")]
    [InlineData(
        WalkoutText,
        "    text:\n      alternatives:\n        - value: { alternatives: [ { value: Out., cite: [ { source: notes, quote: \"walked out\" } ] } ] }\n          cite: [ { source: notes, quote: \"walked out\" } ]\n",
        "event 'walkout': text.alternatives[0].value cannot hold alternatives: alternatives do not nest")]
    [InlineData(
        "names: { north: Big Island }",
        "names: { north: { alternatives: [ { value: Big Island, cite: [ { source: notes, quote: \"the island\" } ] } ] } }",
        "place 'island': names.north cannot hold alternatives: the values of a mapping like names are written plainly")]
    public void Some_fields_cannot_have_alternatives(string original, string replacement, string expectedStart)
    {
        var (result, _) = LoadMinimalWith(original, replacement);

        var error = SingleError(result, FactDiagnosticCodes.BadAlternatives);
        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }
}
