using Briefings.Core.Dates;
using Briefings.Core.Facts;
using Xunit;
using static Briefings.Core.Tests.Facts.FactsFixtures;

namespace Briefings.Core.Tests.Facts;

public sealed class FactBaseLoaderTests
{
    [Fact]
    public void Loads_the_minimal_fixture_into_a_typed_model()
    {
        var result = FactBaseLoader.Load(MinimalPath);

        Assert.Empty(result.Diagnostics);
        var facts = result.GetFactsOrThrow();
        Assert.Equal("tiny", facts.Dossier.Id);
        Assert.Equal(EdtfDate.Parse("2020-01-01"), facts.Dossier.AsOf);
        Assert.Equal(["north", "south"], facts.Parties.Select(p => p.Id));
        Assert.Empty(facts.FindParty("south")!.Aliases);
        Assert.Equal("Big Island", facts.FindPlace("island")!.Names["north"]);
        Assert.Equal(EdtfDate.Parse("1950"), facts.FindPerson("first-leader")!.Roles[0].From);
        Assert.Null(facts.FindPerson("first-leader")!.Roles[0].To);

        var meeting = facts.FindEvent("meeting")!;
        Assert.Equal("19 October 1956", meeting.Date.Value.Format());
        Assert.False(meeting.Date.IsDiscrepancy);
        Assert.Equal(3, meeting.Cite[0].Line);
        Assert.Equal(PositionOf(MinimalYaml, "id: meeting"), (meeting.Location.Line, meeting.Location.Column));

        var talks = facts.FindAgreement("island-talks-1956")!;
        Assert.Equal("island", talks.Place!.Value);
        Assert.Equal("first-leader", talks.Signatories[0].Person.Value);
        Assert.Same(talks.Signatories[0].Cite, talks.Signatories[0].Person.Alternatives[0].Cite);
        Assert.Null(talks.Territory);
        Assert.Empty(facts.Discrepancies);
    }

    [Fact]
    public void Lists_events_by_date_and_groups_them_by_era()
    {
        var facts = FactBaseLoader.Load(RiverPath).GetFactsOrThrow();

        Assert.Equal(["river-treaty-signed", "survey-1903", "flood-1927", "ferry-protocol-signed", "patrols-begin"], facts.EventsByDate.Select(e => e.Id));
        Assert.Equal(["river-treaty-signed", "survey-1903"], facts.EventsIn(facts.Eras[0]).Select(e => e.Id));
        Assert.Equal("after-the-flood", facts.EraOf(EdtfDate.Parse("1952-06-03"))!.Id);
        Assert.Equal(["river-treaty-signed"], facts.EventsFor(facts.FindAgreement("river-treaty-1901")!).Select(e => e.Id));
        Assert.Equal(2, facts.PositionsOn(facts.FindTopic("navigation")!).Count);
        Assert.Equal("2010-03-02", facts.PositionOf(facts.FindParty("southland")!, facts.FindTopic("boundary-line")!)!.AsOf.ToString());
    }

    [Fact]
    public void Reports_broken_yaml_with_its_location()
    {
        var (result, _) = LoadMinimalWith("  - { id: south, name: South }", "  - { id: south, name: South");

        var error = SingleError(result, FactDiagnosticCodes.YamlSyntax);
        Assert.Null(result.Facts);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.True(error.Location!.Value.Line >= 16, error.ToString());
    }

    [Fact]
    public void Reports_a_key_given_twice()
    {
        var (result, yaml) = LoadMinimalWith("    title: Walkout\n", "    title: Walkout\n    title: Walkout again\n");

        var error = SingleError(result, FactDiagnosticCodes.YamlSyntax);
        Assert.Contains("Duplicate key title", error.Message, StringComparison.Ordinal);
        AssertAt(error, PositionOf(yaml, "title: Walkout again"));
    }

    [Fact]
    public void Reports_an_unknown_key_with_a_suggestion()
    {
        var (result, yaml) = LoadMinimalWith("    title: Walkout", "    titel: Walkout");

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        var unknown = Assert.Single(errors, d => d.Code == FactDiagnosticCodes.UnknownKey);
        Assert.Equal("event 'walkout' has unknown key 'titel'; did you mean 'title'?", unknown.Message);
        AssertAt(unknown, PositionOf(yaml, "titel"));
        var missing = Assert.Single(errors, d => d.Code == FactDiagnosticCodes.MissingKey);
        Assert.Equal("event 'walkout' is missing required key 'title'", missing.Message);
    }

    [Fact]
    public void Reports_an_unknown_top_level_key()
    {
        var (result, _) = LoadMinimalWith("topics:", "topcs:");

        Assert.Contains(result.Diagnostics, d => d.Message == "unknown top-level key 'topcs'; did you mean 'topics'?");
    }

    [Fact]
    public void Reports_a_wrong_type()
    {
        var (result, yaml) = LoadMinimalWith("    parties: [south]", "    parties: south");

        var error = SingleError(result, FactDiagnosticCodes.WrongType);
        Assert.Equal("event 'walkout': parties must be a list, not text", error.Message);
        AssertAt(error, PositionOf(yaml, "south\n    cite"));
    }

    [Fact]
    public void Reports_a_missing_required_field_at_its_record()
    {
        var (result, yaml) = LoadMinimalWith("    text: The southern delegation walks out.\n", string.Empty);

        var error = SingleError(result, FactDiagnosticCodes.MissingKey);
        Assert.Equal("event 'walkout' is missing required key 'text'", error.Message);
        AssertAt(error, PositionOf(yaml, "id: walkout"));
    }

    [Fact]
    public void An_agreement_no_source_dates_is_loaded_without_a_date()
    {
        var (result, _) = LoadMinimalWith("    date: \"1956-10-19\"\n    place: island\n", "    place: island\n");

        Assert.Empty(result.Diagnostics);
        var facts = result.GetFactsOrThrow();
        var talks = facts.FindAgreement("island-talks-1956")!;
        Assert.Null(talks.Date);
        Assert.Null(facts.AlternativesOf(talks, nameof(Agreement.Date)));
        Assert.Equal("island", talks.Place!.Value);
        Assert.Equal(["meeting"], facts.EventsFor(talks).Select(e => e.Id));
        Assert.Empty(facts.Discrepancies);
    }

    [Fact]
    public void An_event_still_needs_its_date()
    {
        var (result, yaml) = LoadMinimalWith("    date: \"1960\"\n", string.Empty);

        var error = SingleError(result, FactDiagnosticCodes.MissingKey);
        Assert.Equal("event 'walkout' is missing required key 'date'", error.Message);
        AssertAt(error, PositionOf(yaml, "id: walkout"));
    }

    [Fact]
    public void Reports_a_duplicate_id_with_both_places()
    {
        var (result, yaml) = LoadMinimalWith("{ id: south, name: South }", "{ id: north, name: South }");

        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == FactDiagnosticCodes.DuplicateId);
        Assert.Equal($"duplicate id 'north' in parties (first defined at {MinimalPath}:16:11)", duplicate.Message);
        AssertAt(duplicate, (17, 11));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("event 'meeting' references unknown party 'south'", StringComparison.Ordinal));
        _ = yaml;
    }

    [Fact]
    public void Reports_an_unknown_reference_naming_both_ends()
    {
        var (result, yaml) = LoadMinimalWith("    places: [island]", "    places: [isle]");

        var error = SingleError(result, FactDiagnosticCodes.UnknownReference);
        Assert.Equal("event 'meeting' references unknown place 'isle' (in places[0]); did you mean 'island'?", error.Message);
        AssertAt(error, PositionOf(yaml, "isle"));
    }

    [Fact]
    public void Reports_references_inside_nested_records_and_dictionary_keys()
    {
        var (result, _) = LoadMinimalWith("names: { north: Big Island }", "names: { nrth: Big Island }");

        var error = SingleError(result, FactDiagnosticCodes.UnknownReference);
        Assert.Equal("place 'island' references unknown party 'nrth' (in names.nrth); did you mean 'north'?", error.Message);
    }

    [Fact]
    public void Reports_a_citation_of_an_unknown_source()
    {
        var (result, _) = LoadMinimalWith("cite: [ { source: notes, quote: \"In 1960", "cite: [ { source: memo, quote: \"In 1960");

        var error = SingleError(result, FactDiagnosticCodes.UnknownReference);
        Assert.Equal("event 'walkout' cites unknown source 'memo' (in cite[0].source)", error.Message);
    }

    [Theory]
    [InlineData("2023-02-30", "February 2023 has 28 days")]
    [InlineData("1956-13", "month 13 does not exist")]
    public void Reports_an_impossible_date(string date, string reason)
    {
        var (result, yaml) = LoadMinimalWith("    date: \"1960\"", $"    date: \"{date}\"");

        var error = SingleError(result, FactDiagnosticCodes.BadDate);
        Assert.StartsWith($"event 'walkout': date: '{date}' is not a valid EDTF date", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        AssertAt(error, PositionOf(yaml, $"\"{date}\""));
    }

    [Fact]
    public void Reports_a_quote_not_found_with_the_fact_the_source_and_the_closest_passage()
    {
        var (result, yaml) = LoadMinimalWith("\"On 19 October 1956 the two leaders met on the island\"", "\"On 19 October 1956 the two presidents met on the island\"");

        var error = SingleError(result, FactDiagnosticCodes.QuoteNotFound);
        Assert.Equal(
            "event 'meeting': quote not found in source 'notes': \"On 19 October 1956 the two presidents met on the island\"; "
            + "closest passage (line 3): \"On 19 October 1956 the two leaders met on the island\"",
            error.Message);
        AssertAt(error, PositionOf(yaml, "\"On 19 October 1956 the two presidents"));
    }

    [Fact]
    public void Reports_a_missing_source_file_where_it_is_named()
    {
        var (result, yaml) = LoadMinimalWith("file: notes.txt", "file: nowhere.txt");

        var error = SingleError(result, FactDiagnosticCodes.SourceMissing);
        Assert.StartsWith("source 'notes': file 'nowhere.txt' not found", error.Message, StringComparison.Ordinal);
        AssertAt(error, PositionOf(yaml, "nowhere.txt"));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("sub/../../notes.txt")]
    public void Refuses_a_source_outside_the_seeds_folder(string file)
    {
        var (result, yaml) = LoadMinimalWith("file: notes.txt", $"file: \"{file}\"");

        var error = SingleError(result, FactDiagnosticCodes.SourceMissing);
        Assert.Contains("is outside the seeds folder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", string.Join('\n', result.Diagnostics), StringComparison.Ordinal);
        AssertAt(error, PositionOf(yaml, $"\"{file}"));
    }

    [Theory]
    [InlineData("places: !!binary[x]")]
    [InlineData("places: !<>")]
    public void A_malformed_yaml_tag_is_a_located_syntax_error(string line)
    {
        var (result, _) = LoadMinimalWith("file: notes.txt", "file: notes.txt\n" + line);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.IsError && diagnostic.Location is { Line: > 0 });
    }

    [Fact]
    public void Reports_a_source_that_is_not_utf8()
    {
        var (result, _) = LoadMinimalWith("file: notes.txt", "file: latin1.txt");

        var error = SingleError(result, FactDiagnosticCodes.SourceNotUtf8);
        Assert.Equal("source 'notes': file 'latin1.txt' is not UTF-8 (0xE9 at byte 20, line 2); convert it to UTF-8", error.Message);
    }

    [Fact]
    public void Reports_an_id_that_is_not_kebab_case()
    {
        var (result, _) = LoadMinimalWith("id: first-leader\n", "id: First_Leader\n");

        Assert.Contains(result.Diagnostics, d => d.Code == FactDiagnosticCodes.BadId && d.Message.Contains("'First_Leader' must be lowercase kebab-case", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_value_outside_a_vocabulary()
    {
        var facts = MinimalYaml.Replace(
            "    status: {",
            "    standing: [ { party: north, stance: afirms, text: Yes, cite: [ { source: notes, quote: \"agreed to talk again\" } ] } ]\n    status: {",
            StringComparison.Ordinal);

        var result = FactBaseLoader.Parse(facts, MinimalPath);

        var error = SingleError(result, FactDiagnosticCodes.NotAllowedValue);
        Assert.Equal("agreement 'island-talks-1956': standing[0].stance is 'afirms', which is not one of affirms, disputes, reinterprets, withdrawn; did you mean 'affirms'?", error.Message);
    }

    [Fact]
    public void Requires_at_least_one_citation()
    {
        var (result, _) = LoadMinimalWith("    cite: [ { source: notes, quote: \"In 1960 the Southern delegation walked out.\" } ]", "    cite: []");

        var error = SingleError(result, FactDiagnosticCodes.EmptyList);
        Assert.Equal("event 'walkout': cite must list at least one item", error.Message);
    }

    [Fact]
    public void Collects_every_error_rather_than_stopping_at_the_first()
    {
        var yaml = MinimalYaml
            .Replace("    places: [island]", "    places: [isle]", StringComparison.Ordinal)
            .Replace("    date: \"1960\"", "    date: \"1960-02-30\"", StringComparison.Ordinal)
            .Replace("name: First Leader", "nam: First Leader", StringComparison.Ordinal)
            .Replace("quote: \"agreed to talk again\"", "quote: \"agreed never to talk again\"", StringComparison.Ordinal);

        var result = FactBaseLoader.Parse(yaml, MinimalPath);

        Assert.Equal(
            [FactDiagnosticCodes.MissingKey, FactDiagnosticCodes.UnknownKey, FactDiagnosticCodes.QuoteNotFound, FactDiagnosticCodes.UnknownReference, FactDiagnosticCodes.BadDate],
            result.Diagnostics.Select(d => d.Code));
        Assert.All(result.Diagnostics, d => Assert.True(d.Location!.Value.Line > 0));
        Assert.NotNull(result.Facts);
    }

    [Fact]
    public void Reports_an_unreadable_facts_file()
    {
        var result = FactBaseLoader.Load(Path.Combine(Folder, "no-such-folder", "facts.yaml"));

        var error = SingleError(result, FactDiagnosticCodes.Unreadable);
        Assert.Null(result.Facts);
        Assert.StartsWith("cannot read the facts", error.Message, StringComparison.Ordinal);
    }
}
