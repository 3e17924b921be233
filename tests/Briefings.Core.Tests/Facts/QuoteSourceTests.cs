using Briefings.Core.Facts;
using Briefings.Testing;
using Xunit;
using static Briefings.Core.Tests.Facts.FactsFixtures;

namespace Briefings.Core.Tests.Facts;

/// <summary>
/// Which text a quote is checked against: the loader reads the sources one at a time and checks each one's quotes
/// before reading the next, so these hold it to what a look-up of every source by id gives.
/// </summary>
public sealed class QuoteSourceTests : IDisposable
{
    // Only the walkout's sentence, on line 2: in notes.txt it starts on line 8, and the other quotes are not here.
    private const string OtherText = "Other notes\nIn 1960 the Southern delegation walked out.\n";

    private const string NotesSource = "  - id: notes\n    file: notes.txt\n    title: Notes\n    publisher: Nobody\n    published: \"2020\"\n";

    private readonly ScratchDossier dossier = new(MinimalPath);

    public QuoteSourceTests() => File.WriteAllText(Path.Combine(dossier.Seeds, "other.txt"), OtherText);

    [Fact]
    public void Each_quote_is_found_in_the_source_it_cites()
    {
        var result = Load(NotesSource + Source("other", "other.txt"), walkoutSource: "other");

        Assert.Empty(result.Diagnostics);
        var facts = result.GetFactsOrThrow();
        Assert.Equal(3, facts.FindEvent("meeting")!.Cite[0].Line);
        Assert.Equal(2, facts.FindEvent("walkout")!.Cite[0].Line);
    }

    [Fact]
    public void A_quote_is_not_looked_for_in_another_source()
    {
        var result = Load(NotesSource + Source("other", "other.txt"), walkoutSource: "other", meetingSource: "other");

        var error = SingleError(result, FactDiagnosticCodes.QuoteNotFound);
        Assert.StartsWith("event 'meeting': quote not found in source 'other'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_sources_with_one_id_the_quotes_are_checked_against_the_last()
    {
        var result = Load(NotesSource + Source("notes", "other.txt"));

        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == FactDiagnosticCodes.DuplicateId);
        var notFound = result.Diagnostics.Where(diagnostic => diagnostic.Code == FactDiagnosticCodes.QuoteNotFound).ToList();
        Assert.Equal(6, notFound.Count);
        Assert.DoesNotContain(notFound, diagnostic => diagnostic.Message.Contains("'notes': \"In 1960", StringComparison.Ordinal));
    }

    [Fact]
    public void Of_two_sources_with_one_id_the_last_that_could_be_read_is_used()
    {
        var result = Load(NotesSource + Source("notes", "nowhere.txt"));

        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == FactDiagnosticCodes.DuplicateId);
        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == FactDiagnosticCodes.SourceMissing);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Code == FactDiagnosticCodes.QuoteNotFound);
        Assert.NotNull(result.Facts);
        Assert.Equal(8, result.Facts.FindEvent("walkout")!.Cite[0].Line);
    }

    public void Dispose() => dossier.Dispose();

    private static string Source(string id, string file) =>
        $"  - id: {id}\n    file: {file}\n    title: Other\n    publisher: Nobody\n    published: \"2021\"\n";

    private FactLoadResult Load(string sources, string walkoutSource = "notes", string meetingSource = "notes")
    {
        var yaml = MinimalYaml;
        Assert.Contains(NotesSource, yaml, StringComparison.Ordinal);
        yaml = yaml
            .Replace(NotesSource, sources, StringComparison.Ordinal)
            .Replace("source: notes, quote: \"In 1960", $"source: {walkoutSource}, quote: \"In 1960", StringComparison.Ordinal)
            .Replace("source: notes, quote: \"On 19 October", $"source: {meetingSource}, quote: \"On 19 October", StringComparison.Ordinal);
        File.WriteAllText(dossier.Facts, yaml);
        return FactBaseLoader.Load(dossier.Facts);
    }
}
