using System.Text;
using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Broken facts and sources: each is refused with exit 1 and an error at its place in facts.yaml, without
/// a crash or a hang, and the out folder keeps the previous build byte for byte.
/// </summary>
public sealed class BadFactsTests : IDisposable
{
    private readonly HostileDossier dossier = new();

    [Fact]
    public void Malformed_yaml_is_located_where_the_parser_stopped()
    {
        var line = dossier.EditFacts("  id: silver-river\n", "  id: [silver-river\n");
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line, "BRF-FACT-002");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void Tab_indentation_is_malformed_yaml()
    {
        var line = dossier.EditFacts("  title: \"The Silver River Boundary\"", "\ttitle: \"The Silver River Boundary\"");

        // YamlDotNet meets the tab while still scanning the plain scalar that ends the line before.
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line - 1, "BRF-FACT-002", "tab");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_list_given_as_a_number_is_a_wrong_type()
    {
        var line = dossier.EditFacts("parties: [northland, southland]", "parties: 42");
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line, "BRF-FACT-004", "must be a list");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_text_given_as_a_mapping_is_a_wrong_type()
    {
        var line = dossier.EditFacts("title: \"Flood moves the main channel\"", "title: { nested: mapping }");
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line, "BRF-FACT-004");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_duplicate_id_names_both_places()
    {
        var first = dossier.LineOf("id: river-treaty-signed");
        var line = dossier.EditFacts("id: patrols-begin", "id: river-treaty-signed");
        var error = HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line, "BRF-FACT-006");
        Assert.Contains($"facts.yaml:{first}:", error, StringComparison.Ordinal);
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_dangling_reference_is_located_at_the_reference()
    {
        var line = dossier.EditFacts("places: [long-island]\n    cite: [ { source: ministry-note-2010", "places: [atlantis]\n    cite: [ { source: ministry-note-2010");
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line, "BRF-FACT-007", "'atlantis'");
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("2023-02-30", "28 days")]
    [InlineData("1956-13", "month 13")]
    [InlineData("1956-00-10", null)]
    [InlineData("not a date", null)]
    public void An_impossible_date_is_located(string date, string? reason)
    {
        var line = dossier.EditFacts("date: \"2009~\"\n    title: \"Southland river police", $"date: \"{date}\"\n    title: \"Southland river police");
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line, "BRF-FACT-008", reason);
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_quote_not_in_its_source_shows_the_closest_passage()
    {
        var line = dossier.EditFacts("Around 2009 Southland's river police began patrolling", "Around 2009 Southland's navy began patrolling");
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line, "BRF-FACT-011", "closest passage");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_missing_source_file_is_located_at_its_file_key()
    {
        var line = dossier.EditFacts("file: ministry.txt", "file: nowhere.txt");
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", line, "BRF-FACT-009", "not found");
        dossier.AssertOutUntouched();
    }

    [UnlessRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_source_file_is_located_at_its_file_key()
    {
        var source = Path.Combine(dossier.Seeds, "ministry.txt");
        File.SetUnixFileMode(source, UnixFileMode.None);
        try
        {
            HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", dossier.LineOf("file: ministry.txt"), "BRF-FACT-009", "cannot be read");
        }
        finally
        {
            File.SetUnixFileMode(source, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_source_that_is_a_folder_cannot_be_read_even_by_root()
    {
        var source = Path.Combine(dossier.Seeds, "ministry.txt");
        File.Delete(source);
        Directory.CreateDirectory(source);
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", dossier.LineOf("file: ministry.txt"), "BRF-FACT-009", "cannot be read");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_binary_source_is_refused_as_not_utf8()
    {
        var bytes = new byte[64 * 1024];
        new Random(11).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(dossier.Seeds, "ministry.txt"), bytes);
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", dossier.LineOf("file: ministry.txt"), "BRF-FACT-010", "not UTF-8");
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("utf-16")]
    public void A_source_in_another_encoding_is_refused_with_the_first_bad_byte(string encoding)
    {
        var path = Path.Combine(dossier.Seeds, "ministry.txt");
        var text = File.ReadAllText(path).Replace("Southland", "Südland", StringComparison.Ordinal);
        File.WriteAllBytes(path, [.. Encoding.GetEncoding(encoding).GetPreamble(), .. Encoding.GetEncoding(encoding).GetBytes(text)]);
        HostileAssert.LocatedError(dossier.BuildAll(), "facts.yaml", dossier.LineOf("file: ministry.txt"), "BRF-FACT-010", "convert it to UTF-8");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void Several_errors_are_all_reported_in_one_run()
    {
        dossier.EditFacts("date: \"1903\"", "date: \"1903-02-30\"");
        dossier.EditFacts("id: patrols-begin", "id: river-treaty-signed");
        dossier.EditFacts("file: ministry.txt", "file: nowhere.txt");
        var run = dossier.BuildAll();
        Assert.Equal(1, run.ExitCode);
        Assert.True(run.ErrorLines.Count >= 3, run.ToString());
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void An_empty_facts_file_is_a_located_error()
    {
        File.WriteAllText(dossier.Facts, string.Empty);
        var run = dossier.BuildAll();
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"facts\.yaml(:\d+:\d+)?: error BRF-", run.Error);
        dossier.AssertOutUntouched();
    }

    public void Dispose() => dossier.Dispose();
}
