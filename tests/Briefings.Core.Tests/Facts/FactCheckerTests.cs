using System.Text.Json;
using Briefings.Core.Facts;
using Xunit;
using static Briefings.Core.Tests.Facts.FactsFixtures;

namespace Briefings.Core.Tests.Facts;

public sealed class FactCheckerTests
{
    [Fact]
    public void Reports_counts_citations_and_discrepancies_of_the_river_dossier()
    {
        var report = FactChecker.Check(RiverPath);

        Assert.False(report.HasErrors, report.ToString());
        Assert.Equal(2, report.Counts["sources"]);
        Assert.Equal(2, report.Counts["agreements"]);
        Assert.Equal(5, report.Counts["events"]);
        Assert.Equal(4, report.Counts["positions"]);
        Assert.Equal(3, report.Counts["discrepancies"]);
        Assert.Equal(["gazette", "ministry-note-2010"], report.CitationsBySource.Keys);
        Assert.Equal(report.Counts["citations"], report.CitationsBySource.Values.Sum());
        Assert.Equal(3, report.Discrepancies.Count);
    }

    [Fact]
    public void Warns_about_events_without_parties_or_places()
    {
        var report = FactChecker.Check(RiverPath);

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(FactDiagnosticCodes.EventWithoutPlacesOrParties, warning.Code);
        Assert.Equal("event 'flood-1927' names no parties", warning.Message);
    }

    [Fact]
    public void Warns_about_an_uncited_source_a_one_sided_topic_an_agreement_id_without_a_year_and_an_event_without_places()
    {
        var yaml = MinimalYaml
            .Replace("positions:\n", "positions:\n  - { topic: talks, party: north, text: Talk., as_of: \"1956\", cite: [ { source: notes, quote: \"agreed to talk again\" } ] }\n", StringComparison.Ordinal)
            .Replace("topics:\n", "topics:\n  - { id: talks, title: Talks }\n", StringComparison.Ordinal)
            .Replace("sources:\n", "sources:\n  - { id: unused, file: latin1.txt, title: Unused, publisher: Nobody, published: \"2020\" }\n", StringComparison.Ordinal)
            .Replace("island-talks-1956", "island-talks", StringComparison.Ordinal);
        var loaded = FactBaseLoader.Parse(yaml, MinimalPath);

        var report = FactChecker.Check(loaded, MinimalPath);

        Assert.Equal(
            [
                "source 'unused' (latin1.txt) is not cited by any fact",
                "topic 'talks' has a position of only one party ('north'); a comparison needs two",
                "agreement 'island-talks' should end with its year (e.g. 'island-talks-1956'): it names output files",
                "event 'walkout' names no places",
            ],
            report.Warnings.Select(w => w.Message));
        Assert.Equal([FactDiagnosticCodes.SourceNotUtf8], report.Errors.Select(e => e.Code));
        Assert.Equal(0, report.CitationsBySource["unused"]);
    }

    [Fact]
    public void An_undated_agreement_needs_no_year_in_its_id()
    {
        var yaml = MinimalYaml
            .Replace("    date: \"1956-10-19\"\n    place: island\n", "    place: island\n", StringComparison.Ordinal)
            .Replace("island-talks-1956", "island-talks", StringComparison.Ordinal);

        var report = FactChecker.Check(FactBaseLoader.Parse(yaml, MinimalPath), MinimalPath);

        Assert.False(report.HasErrors, report.ToString());
        Assert.DoesNotContain(report.Warnings, w => w.Code == FactDiagnosticCodes.AgreementIdWithoutYear);
        Assert.Equal(["event 'walkout' names no places"], report.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void Writes_json_for_machines()
    {
        var report = FactChecker.Check(RiverPath);

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.True(root.GetProperty("ok").GetBoolean());
        Assert.Equal(5, root.GetProperty("counts").GetProperty("events").GetInt32());
        var discrepancy = root.GetProperty("discrepancies")[0];
        Assert.Equal("place", discrepancy.GetProperty("field").GetString());
        Assert.Equal("ferry-point", discrepancy.GetProperty("preferred").GetString());
        Assert.Equal("gazette", discrepancy.GetProperty("alternatives")[0].GetProperty("cite")[0].GetProperty("source").GetString());
        Assert.Equal(1, root.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Writes_text_for_people()
    {
        var text = FactChecker.Check(RiverPath).ToString();

        Assert.Contains("2 sources, 2 parties, 4 places", text, StringComparison.Ordinal);
        Assert.Contains("agreement 'river-treaty-1901', place: ferry-point (preferred) [gazette] / mill-ford [ministry-note-2010]; reason: The Gazette", text, StringComparison.Ordinal);
        Assert.Contains("event 'survey-1903', text: A joint commission surveys the river and marks the channel with stone pillars. (preferred) [gazette] / A joint commission surveys the river and marks the channel with wooden posts. [ministry-note-2010]; reason: The Gazette describes", text, StringComparison.Ordinal);
        Assert.Contains("event 'flood-1927', date: April 1927 (1927-04) [gazette] / 1927 (1927) [ministry-note-2010]; no preferred value", text, StringComparison.Ordinal);
        Assert.EndsWith("OK" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_failed_load_without_facts()
    {
        var report = FactChecker.Check(Path.Combine(Folder, "missing", "facts.yaml"));

        Assert.True(report.HasErrors);
        Assert.Empty(report.Counts);
        Assert.Contains("FAILED: 1 error(s)", report.ToString(), StringComparison.Ordinal);
    }
}
