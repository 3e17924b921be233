using System.Text.Json;
using Briefings.Core.Dates;
using Briefings.Core.Diagnostics;
using Briefings.Core.Extraction;
using Briefings.Core.Extraction.Mentions;
using Briefings.Core.Facts;
using Briefings.Testing;
using Xunit;
using SourceText = Briefings.Core.Extraction.Text.SourceText;

namespace Briefings.Core.Tests.Extraction;

public sealed class ExtractorTests
{
    private static readonly Lazy<FactBase> ShippedFacts = new(() =>
        FactBaseLoader.Load(Path.Combine(RepoPaths.Seeds, "facts.yaml")).Facts ?? throw new InvalidOperationException("facts.yaml did not load"));

    private static string SeedFile(string prefix) => Path.GetFileName(Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single());

    private static SourceText Seed(string prefix) => SourceText.Load(Path.Combine(RepoPaths.Seeds, SeedFile(prefix)), SeedFile(prefix));

    private static readonly EntityCatalog NoEntities = new([]);

    /// <summary>
    /// Counted by hand, sentence by sentence (headings and datelines are not statements):
    /// 000: March 2022; October 1956; April 1991; October 1993; April 2013.
    /// 001: January 22; November 14, 2018; February 1945 (+1855, 1875); July 1945 / August 8, 1945; August 9;
    ///      August 28 – September 5; February 1946; 1951; October 1956; 1855; 1960; April 1991; April of 1991;
    ///      December 1991; October 1993; November 1997 / April 1998 / November 1998; September 2000; 1956 / 1993;
    ///      March 2001 / 1956; January 2003; 2003; 2013 / 2003; 2016; mid-2000s / 2007; June 2017 / November 2018;
    ///      January 14, 2019; 1991.
    /// 002: "published on Tuesday"; the middle of the last century; 1992; September 2017.
    /// 003: 1993; the 2010s and 2020s; 2022; 2025; 1956.
    /// 004: 18th October, 2021 (dateline in the sentence); 1855; 2018 (in Singapore); October 19, 1956; 1956; 2018 / 1956.
    /// </summary>
    [Theory]
    [InlineData("000", 25, 5, null)]
    [InlineData("001", 76, 27, "2019-01-23")]
    [InlineData("002", 15, 4, "2025-04-08")]
    [InlineData("003", 12, 5, null)]
    [InlineData("004", 15, 6, "2021-10-18")]
    public void Each_seed_has_its_hand_counted_dated_statements(string prefix, int sentences, int dated, string? documentDate)
    {
        var source = Extractor.ExtractSource(prefix, Seed(prefix), NoEntities, []);

        Assert.Equal(dated, source.Statements.Count);
        Assert.Equal(sentences, source.Sentences);
        Assert.Equal(documentDate, source.DocumentDate?.ToString());
    }

    [Fact]
    public void A_long_source_of_many_copies_gives_as_many_statements_per_copy()
    {
        var copy = File.ReadAllText(Path.Combine(RepoPaths.Seeds, SeedFile("001")));
        var text = SourceText.Parse(string.Concat(Enumerable.Repeat(copy + "\n\n", 40)), "long.txt");

        var source = Extractor.ExtractSource("long", text, NoEntities, []);

        Assert.Equal(40 * 27, source.Statements.Count);
        Assert.Equal(40 * 76, source.Sentences);
        var linesPerCopy = copy.Count(c => c == '\n') + 2;
        Assert.Equal((linesPerCopy * 39) + 1, source.Statements[^27].Line);
    }

    [Fact]
    public void The_column_s_statements_have_their_locations_and_inferred_years()
    {
        var source = Extractor.ExtractSource("column", Seed("001"), NoEntities, []);

        var first = source.Statements[0];
        var august9 = source.Statements.Single(s => s.Text.StartsWith("It started attacking Manchuria", StringComparison.Ordinal));
        var range = source.Statements.Single(s => s.Text.Contains("between August 28 and September 5", StringComparison.Ordinal));

        Assert.Equal((1, 2, "2019-01-22", DateBasis.DocumentDate), (first.Line, first.Column, first.Dates[0].Date.ToString(), first.Dates[0].Basis));
        Assert.Equal((33, 86, "1945-08-09"), (august9.Line, august9.Column, august9.Dates[0].Date.ToString()));
        Assert.Equal((34, 46, "1945-08-28/1945-09-05"), (range.Line, range.Column, range.Dates[0].Date.ToString()));
        Assert.Equal("2 Developments related to peace treaty negotiations (Soviet period)", source.Statements.Single(s => s.Text.Contains("in 1951", StringComparison.Ordinal)).Section);
    }

    [Fact]
    public void A_facts_fixture_citing_a_known_subset_gives_the_known_coverage()
    {
        var mofa = new Source("mofa", SeedFile("000"), "Four Northern Islands", "MOFA", EdtfDate.Parse("2025"));
        var facts = Facts(
            [mofa],
            events:
            [
                Event("march-2022", "2022-03", Cite("mofa", "in March 2022, the Government of Russia")),
                Event("declaration-1956", "1956-10", Cite("mofa", "Japan-Soviet Joint Declaration of October 1956")),
            ],
            positions: [new Position("talks", "japan", "Japan wants a treaty", EdtfDate.Parse("2025"), [Cite("mofa", "Tokyo Declaration of October 1993, the territorial issue was defined")])]);

        var report = Extractor.Run(facts, RepoPaths.Seeds);

        var source = report.Sources[0];
        Assert.Equal("mofa", source.SourceId);
        Assert.Equal((5, 3), (source.Statements.Count, source.Covered));
        Assert.Equal(60.0, source.CoveragePercent);
        Assert.Equal([(18, 266), (20, 1)], source.Uncovered.Select(s => (s.Line, s.Column)));
        Assert.Empty(source.UnlocatedCitations);

        // The other seeds are not in the fixture's sources: extracted under their file names, with a warning each.
        Assert.Equal(5, report.Sources.Count);
        Assert.Equal(4, report.Diagnostics.Count(d => d.Code == Extractor.DiagnosticSourceUnlisted));
        Assert.Equal(3, report.Summary.Covered);
        Assert.Equal(47, report.Summary.DatedStatements);
        Assert.Equal(100.0 * 3 / 47, report.Summary.Percent);
    }

    [Fact]
    public void Citations_in_agreements_and_alternatives_count_and_a_quote_overlapping_two_sentences_covers_both()
    {
        var urdu = new Source("urdu", SeedFile("004"), "Matsuno", "UrduPoint", EdtfDate.Parse("2021-10-18"));
        var across = Cite("urdu", "signed on October 19, 1956 to be the basic legal document as it established a starting position for the process of further negotiations on the conclusion of a peace treaty. \"In view of the fact");
        var date = new Sourced<EdtfDate>([new Alternative<EdtfDate>(EdtfDate.Parse("1956"), [Cite("urdu", "In 1956, the Soviet Union and Japan signed a joint declaration")])]);
        var agreement = new Agreement(
            "joint-declaration-1956", "Joint Declaration", "Joint Declaration", [], "declaration", date, null, ["japan"], [], [],
            null, new CitedStatement("in force", [across]), [], new CitedStatement("basis", [Cite("urdu", "Line that is not in the source", line: 19)]), []);
        var facts = Facts([urdu], agreements: [agreement]);

        var source = Extractor.Run(facts, RepoPaths.Seeds).Sources.Single(s => s.SourceId == "urdu");

        Assert.True(source.Statements.Single(s => s.Text.StartsWith("He stressed", StringComparison.Ordinal)).Covered);
        Assert.True(source.Statements.Single(s => s.Text.StartsWith("In 1956,", StringComparison.Ordinal)).Covered);
        Assert.True(source.Statements.Single(s => s.Text.StartsWith("In 2018, Japan", StringComparison.Ordinal)).Covered, "placed by the loader's line 19");
        Assert.Equal(3, source.Covered);
    }

    [Fact]
    public void A_citation_that_cannot_be_placed_is_reported_and_covers_nothing()
    {
        var quote = new CitedQuote("s", "a quote the source does not contain", 0, new SourceLocation("facts.yaml", 9, 7));

        var source = Extractor.ExtractSource("s", Seed("002"), NoEntities, [quote]);

        Assert.Equal([new SourceLocation("facts.yaml", 9, 7)], source.UnlocatedCitations);
        Assert.Equal(0, source.Covered);
        Assert.Equal(0.0, source.CoveragePercent);
    }

    [Fact]
    public void Coverage_with_the_shipped_facts_matches_a_brute_force_overlap_of_every_located_quote()
    {
        var facts = ShippedFacts.Value;
        var report = Extractor.Run(facts, RepoPaths.Seeds);
        var quotes = AllCitations(facts).ToList();

        foreach (var source in report.Sources)
        {
            var text = SourceText.Load(Path.Combine(RepoPaths.Seeds, source.File), source.File);
            var spans = quotes.Where(q => q.Source == source.SourceId)
                .SelectMany(q => Occurrences(text.Text, SourceText.NormaliseFragment(q.Quote)))
                .ToList();
            foreach (var statement in source.Statements)
            {
                var overlapped = spans.Any(s => s.Start < statement.Span.End && statement.Span.Start < s.End);
                if (overlapped)
                {
                    Assert.True(statement.Covered, $"{statement.Location} should be covered");
                }
            }

            Assert.InRange(source.Covered, 0, source.Statements.Count);
        }

        Assert.Equal([5, 27, 4, 5, 6], report.Sources.Select(s => s.Statements.Count));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Entities_of_the_shipped_facts_are_found_in_the_statements()
    {
        var report = Extractor.Run(ShippedFacts.Value, RepoPaths.Seeds);

        var urdu = report.Sources.Single(s => s.File == SeedFile("004"));
        var claims = urdu.Statements.Single(s => s.Text.StartsWith("Japan lays claims", StringComparison.Ordinal));

        Assert.Contains(claims.Entities, e => e is { Text: "Iturup", Kind: EntityKind.Place, Id: "etorofu" });
        Assert.Contains(claims.Entities, e => e is { Text: "Kunashir", Id: "kunashiri" });
        Assert.Contains(claims.Entities, e => e is { Text: "Russia", Kind: EntityKind.Party, Id: "russia" });
    }

    [Fact]
    public void The_candidates_yaml_is_stable_and_readable()
    {
        var text = SourceText.Parse(
            "Talks \"resumed\" in March 2022, about 80 years after the war.\n\nNo date here. Japan agreed on January 22.\n",
            "sample.txt");
        var catalog = new EntityCatalog([new EntityName(EntityKind.Party, "japan", "Japan", [])]);
        var report = Extractor.Run([("sample", text)], catalog, [new CitedQuote("sample", "resumed\" in March", 3, new SourceLocation("facts.yaml", 12, 9))]);

        var yaml = report.ToYaml();

        Assert.Equal(yaml, Extractor.Run([("sample", text)], catalog, [new CitedQuote("sample", "resumed\" in March", 3, new SourceLocation("facts.yaml", 12, 9))]).ToYaml());
        Snapshot.Verify(yaml, extension: "yaml");
    }

    [Fact]
    public void The_coverage_json_lists_the_summary_and_the_uncovered_statements()
    {
        var text = SourceText.Parse("In 1956 they signed. In 1993 they declared. No date.\n", "s.txt");
        var report = Extractor.Run([("s", text)], NoEntities, [new CitedQuote("s", "In 1956 they signed.", 1, new SourceLocation("facts.yaml", 3, 5))]);

        using var json = JsonDocument.Parse(report.ToJson());

        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("summary").GetProperty("sentences").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("dated_statements").GetInt32());
        Assert.Equal(50.0, root.GetProperty("summary").GetProperty("coverage_percent").GetDouble());
        var uncovered = root.GetProperty("sources")[0].GetProperty("uncovered")[0];
        Assert.Equal("In 1993 they declared.", uncovered.GetProperty("text").GetString());
        Assert.Equal((1, 22), (uncovered.GetProperty("line").GetInt32(), uncovered.GetProperty("column").GetInt32()));
        Assert.Equal("1993", uncovered.GetProperty("dates")[0].GetString());
    }

    [Fact]
    public void The_summary_table_has_a_row_per_source_and_a_total()
    {
        var summary = new CoverageSummary([new SourceCoverage("a", "a.txt", 10, 4, 1), new SourceCoverage("b", "b.txt", 3, 0, 0)]);

        var lines = summary.ToTable().TrimEnd('\n').Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.EndsWith("25.0%", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("n/a", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("total", lines[3], StringComparison.Ordinal);
        Assert.EndsWith("25.0%", lines[3], StringComparison.Ordinal);
    }

    // Each citation gets its own place in the (imaginary) facts file, so no two are equal.
    private static Citation Cite(string source, string quote, int line = 0) =>
        new(source, quote) { Line = line, Location = new SourceLocation("facts.yaml", quote.Length, 1) };

    private static Event Event(string id, string date, Citation cite) =>
        new(id, Sourced<EdtfDate>.Single(EdtfDate.Parse(date), [cite]), id, id, [], [], [], [], [cite]);

    private static FactBase Facts(IReadOnlyList<Source> sources, IReadOnlyList<Agreement>? agreements = null, IReadOnlyList<Event>? events = null, IReadOnlyList<Position>? positions = null) =>
        new(
            new Dossier("d", "Dossier", "Subject", EdtfDate.Parse("2025-04-08"), "UNCLASSIFIED", "Analyst", []),
            sources, [new Party("japan", "Japan", [])], [], [], [], [], agreements ?? [], events ?? [], positions ?? []);

    private static IEnumerable<Citation> AllCitations(FactBase facts)
    {
        foreach (var e in facts.Events)
        {
            foreach (var c in e.Cite.Concat(e.Date.Alternatives.SelectMany(a => a.Cite)))
            {
                yield return c;
            }
        }

        foreach (var c in facts.Positions.SelectMany(p => p.Cite))
        {
            yield return c;
        }

        foreach (var a in facts.Agreements)
        {
            var all = a.Provisions.SelectMany(p => p.Cite)
                .Concat(a.Signatories.SelectMany(s => s.Cite))
                .Concat(a.Standing.SelectMany(s => s.Cite))
                .Concat(a.Status.Cite)
                .Concat(a.Significance.Cite)
                .Concat(a.Territory?.Cite ?? [])
                .Concat(a.Date?.Alternatives.SelectMany(x => x.Cite) ?? [])
                .Concat(a.Cite);
            foreach (var c in all)
            {
                yield return c;
            }
        }
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string needle)
    {
        var flat = text.Replace('\n', ' ');
        for (var at = flat.IndexOf(needle, StringComparison.Ordinal); at >= 0 && needle.Length > 0; at = flat.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            yield return (at, at + needle.Length);
        }
    }
}
