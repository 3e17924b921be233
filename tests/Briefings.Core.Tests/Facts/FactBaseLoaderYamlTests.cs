using System.Text;
using Briefings.Core.Facts;
using Xunit;
using static Briefings.Core.Tests.Facts.FactsFixtures;

namespace Briefings.Core.Tests.Facts;

/// <summary>
/// How the loader meets what YAML allows beyond plain mappings and lists: the order of the top-level keys, aliases,
/// several documents, keys that are not text, a scanner that gives up, bytes that are not UTF-8.
/// </summary>
public sealed class FactBaseLoaderYamlTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("briefings-facts-yaml-").FullName;

    [Fact]
    public void Quotes_are_verified_when_the_sources_are_listed_after_the_citations()
    {
        var yaml = SourcesLast(MinimalYaml);

        var result = FactBaseLoader.Parse(yaml, MinimalPath);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.GetFactsOrThrow().FindEvent("meeting")!.Cite[0].Line);
    }

    [Fact]
    public void A_quote_not_in_a_source_listed_later_is_still_reported_at_the_quote()
    {
        var yaml = SourcesLast(MinimalYaml.Replace("the two leaders met on the island\" } ]\n", "the two presidents met on the island\" } ]\n", StringComparison.Ordinal));

        var error = SingleError(FactBaseLoader.Parse(yaml, MinimalPath), FactDiagnosticCodes.QuoteNotFound);

        Assert.StartsWith("event 'meeting': quote not found in source 'notes'", error.Message, StringComparison.Ordinal);
        AssertAt(error, PositionOf(yaml, "\"On 19 October 1956 the two presidents"));
    }

    [Fact]
    public void An_alias_stands_for_the_node_anchored_before_or_after_it()
    {
        var yaml = MinimalYaml
            .Replace("    title: Leaders meet", "    title: &early Leaders meet", StringComparison.Ordinal)
            .Replace("    text: The two leaders meet on the island.", "    text: *late", StringComparison.Ordinal)
            .Replace("    title: Walkout", "    title: *early", StringComparison.Ordinal)
            .Replace("    text: The southern delegation walks out.", "    text: &late The southern delegation walks out.", StringComparison.Ordinal);

        var result = FactBaseLoader.Parse(yaml, MinimalPath);

        Assert.Empty(result.Diagnostics);
        var facts = result.GetFactsOrThrow();
        Assert.Equal("Leaders meet", facts.FindEvent("walkout")!.Title);
        Assert.Equal("The southern delegation walks out.", facts.FindEvent("meeting")!.Text);
    }

    [Fact]
    public void An_alias_with_no_anchor_is_a_syntax_error_at_the_alias()
    {
        var (result, yaml) = LoadMinimalWith("    title: Walkout", "    title: *nowhere");

        var error = SingleError(result, FactDiagnosticCodes.YamlSyntax);
        Assert.Equal("the facts are not valid YAML: The anchor 'nowhere' does not exists", error.Message);
        AssertAt(error, PositionOf(yaml, "*nowhere"));
    }

    [Fact]
    public void An_alias_as_a_key_before_its_anchor_is_a_syntax_error_not_a_crash()
    {
        var yaml = MinimalYaml.Replace("    title: Walkout", "    *later : Walkout", StringComparison.Ordinal) + "later: &later title\n";

        var error = SingleError(FactBaseLoader.Parse(yaml, MinimalPath), FactDiagnosticCodes.YamlSyntax);
        Assert.Equal("the facts are not valid YAML: The alias *later is a key written before its anchor &later; anchor the key first", error.Message);
        AssertAt(error, PositionOf(yaml, "*later"));
    }

    [Fact]
    public void Later_documents_are_checked_but_only_the_first_is_read()
    {
        Assert.Empty(FactBaseLoader.Parse(MinimalYaml + "---\nunknown: [but, ignored]\n", MinimalPath).Diagnostics);

        var yaml = MinimalYaml + "---\nunknown: [unclosed\n";
        var error = SingleError(FactBaseLoader.Parse(yaml, MinimalPath), FactDiagnosticCodes.YamlSyntax);
        Assert.Equal(yaml.Count(c => c == '\n') + 1, error.Location!.Value.Line);
    }

    [Fact]
    public void A_list_as_a_key_of_a_names_mapping_is_a_wrong_type()
    {
        var (result, yaml) = LoadMinimalWith("names: { north: Big Island }", "names: { [north]: Big Island }");

        var error = SingleError(result, FactDiagnosticCodes.WrongType);
        Assert.Equal("place 'island': names keys must be text, not a list", error.Message);
        AssertAt(error, PositionOf(yaml, "[north]"));
    }

    [Fact]
    public void A_scanner_that_gives_up_inside_a_flow_collection_is_located_where_it_stopped()
    {
        // The comment swallows the rest of the line, closing brackets and all.
        var (result, yaml) = LoadMinimalWith("cite: [ { source: notes, quote: \"In 1960", "cite: [ { source: notes, #quote: \"In 1960");

        var error = SingleError(result, FactDiagnosticCodes.YamlSyntax);
        Assert.Equal("the facts are not valid YAML: the YAML parser stopped after this point (an unclosed '{', '[' or quote?)", error.Message);
        AssertAt(error, PositionOf(yaml, "[ { source: notes, #quote"));
    }

    [Fact]
    public void Facts_that_are_not_utf8_are_unreadable_even_when_their_yaml_breaks_first()
    {
        var path = Path.Combine(folder, "facts.yaml");
        var broken = Encoding.UTF8.GetBytes(MinimalYaml.Replace("  id: tiny", "  id: [tiny", StringComparison.Ordinal));
        File.WriteAllBytes(path, [.. broken[..^20], 0xE9, .. broken[^20..]]);

        var error = SingleError(FactBaseLoader.Load(path), FactDiagnosticCodes.Unreadable);

        Assert.StartsWith("cannot read the facts: Unable to translate bytes [E9]", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.Location!.Value.Line);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The facts with their <c>sources:</c> block moved to the end.</summary>
    private static string SourcesLast(string yaml)
    {
        var start = yaml.IndexOf("sources:\n", StringComparison.Ordinal);
        var end = yaml.IndexOf("parties:\n", StringComparison.Ordinal);
        return yaml[..start] + yaml[end..] + yaml[start..end];
    }
}
