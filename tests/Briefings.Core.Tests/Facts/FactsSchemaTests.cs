using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefings.Core.Dates;
using Briefings.Core.Facts;
using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Facts;

public sealed class FactsSchemaTests
{
    private static string SchemaPath => Path.Combine(RepoPaths.Seeds, "facts.schema.json");

    [Fact]
    public void The_shipped_schema_is_the_one_generated_from_the_model()
    {
        var generated = FactsSchemaGenerator.Generate();
        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(SchemaPath, generated, new UTF8Encoding(false));
        }

        var shipped = File.Exists(SchemaPath) ? File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            shipped == generated,
            $"seeds/facts.schema.json is out of date with the facts model. Regenerate it with: "
            + $"{Snapshot.AcceptVariable}=1 dotnet test tests/Briefings.Core.Tests --filter FullyQualifiedName~FactsSchemaTests");
    }

    [Fact]
    public void Describes_every_top_level_key_and_sourced_fields_as_one_of_two_forms()
    {
        using var schema = JsonDocument.Parse(FactsSchemaGenerator.Generate());
        var root = schema.RootElement;

        Assert.Equal(FactBaseLoader.TopLevelKeys, root.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["dossier"], root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());

        var defs = root.GetProperty("$defs");
        var agreement = defs.GetProperty("agreement").GetProperty("properties");
        var date = agreement.GetProperty("date").GetProperty("oneOf");
        Assert.Equal("#/$defs/edtf", date[0].GetProperty("$ref").GetString());
        Assert.Equal("#/$defs/alternatives_of_date", date[1].GetProperty("$ref").GetString());
        Assert.Equal(["alternatives"], defs.GetProperty("alternatives_of_text_in_places").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, defs.GetProperty("event").GetProperty("properties").GetProperty("cite").GetProperty("minItems").GetInt32());
        Assert.Equal(4, defs.GetProperty("standing").GetProperty("properties").GetProperty("stance").GetProperty("oneOf")[0].GetProperty("enum").GetArrayLength());
        Assert.Contains("short_name", defs.GetProperty("agreement").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("date", defs.GetProperty("agreement").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("date", defs.GetProperty("event").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("location", defs.GetProperty("citation").GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Every_plain_text_date_and_id_of_a_fact_may_be_written_as_alternatives()
    {
        using var schema = JsonDocument.Parse(FactsSchemaGenerator.Generate());
        var defs = schema.RootElement.GetProperty("$defs");
        string? AlternativesOf(JsonElement property) =>
            property.TryGetProperty("oneOf", out var oneOf) ? oneOf[1].GetProperty("$ref").GetString() : null;
        JsonElement Property(string record, string key) => defs.GetProperty(record).GetProperty("properties").GetProperty(key);

        Assert.Equal("#/$defs/alternatives_of_text", AlternativesOf(Property("event", "text")));
        Assert.Equal("#/$defs/alternatives_of_text", AlternativesOf(Property("cited_statement", "text")));
        Assert.Equal("#/$defs/alternatives_of_date", AlternativesOf(Property("position", "as_of")));
        Assert.Equal("#/$defs/alternatives_of_text_in_parties", AlternativesOf(Property("role", "party")));
        Assert.Equal("#/$defs/alternatives_of_text_in_people", AlternativesOf(Property("event", "people").GetProperty("items")));
        Assert.Equal("#/$defs/alternatives_of_stance", AlternativesOf(Property("standing", "stance")));
        Assert.Equal(
            4,
            defs.GetProperty("alternatives_of_stance").GetProperty("properties").GetProperty("alternatives").GetProperty("items")
                .GetProperty("properties").GetProperty("value").GetProperty("enum").GetArrayLength());

        // Not the list itself, not an id, not the parts of a citation or a source.
        Assert.Equal("array", Property("event", "people").GetProperty("type").GetString());
        Assert.Null(AlternativesOf(Property("event", "id")));
        Assert.Null(AlternativesOf(Property("citation", "quote")));
        Assert.Null(AlternativesOf(Property("source", "published")));
    }

    [Theory]
    [InlineData("1956-10-19/1956-10-20")]
    [InlineData("195X~")]
    [InlineData("19XX")]
    [InlineData("2023%")]
    [InlineData("2023-02-30")]
    public void The_date_pattern_accepts_what_the_date_grammar_accepts(string text)
    {
        Assert.Matches(new Regex(FactsSchemaGenerator.EdtfPattern), text);
        _ = EdtfDate.TryParse(text, out _, out _);
    }

    [Theory]
    [InlineData("October 1956")]
    [InlineData("1956-1")]
    [InlineData("1956//1957")]
    public void The_date_pattern_rejects_what_is_not_edtf(string text) =>
        Assert.DoesNotMatch(new Regex(FactsSchemaGenerator.EdtfPattern), text);
}
