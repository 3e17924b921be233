using Briefings.Core.Extraction.Mentions;
using Xunit;

namespace Briefings.Core.Tests.Extraction;

public sealed class EntityCatalogTests
{
    private static readonly EntityCatalog Catalog = new(
    [
        new EntityName(EntityKind.Party, "japan", "Japan", ["Tokyo", "Japanese government"]),
        new EntityName(EntityKind.Party, "russian-empire", "Russian Empire", ["Russia"]),
        new EntityName(EntityKind.Party, "ussr", "Soviet Union", ["USSR", "Union of Soviet Socialist Republics"]),
        new EntityName(EntityKind.Party, "russia", "Russia", ["Russian Federation", "Moscow"]),
        new EntityName(EntityKind.Party, "usa", "United States", ["US"]),
        new EntityName(EntityKind.Place, "kunashiri", "Kunashiri", ["Kunashir"]),
        new EntityName(EntityKind.Place, "etorofu", "Etorofu", ["Iturup"]),
        new EntityName(EntityKind.Place, "kuril-islands", "Kuril Islands", ["Kurils", "Kuril Islands chain"]),
        new EntityName(EntityKind.Place, "tokyo", "Tokyo", []),
        new EntityName(EntityKind.Person, "shinzo-abe", "Shinzo Abe", ["Abe", "Prime Minister Abe"]),
        new EntityName(EntityKind.Agreement, "joint-declaration-1956", "Japan-Soviet Joint Declaration", ["Joint Declaration"]),
        new EntityName(EntityKind.Agreement, "tokyo-declaration-1993", "Tokyo Declaration", []),
        new EntityName(EntityKind.Agreement, "action-plan-2003", "Japan–Russia Action Plan", []),
    ]);

    /// <summary>"text=kind:id" for each mention, joined by '|'.</summary>
    private static string Find(string sentence) =>
        string.Join('|', Catalog.Find(sentence).Select(m => $"{m.Text}={m.Kind.ToString().ToLowerInvariant()}:{m.Id}"));

    [Theory]
    [InlineData("The fate of Kunashir and Iturup was not addressed.", "Kunashir=place:kunashiri|Iturup=place:etorofu")]
    [InlineData("the handling of Etorofu and Kunashiri.", "Etorofu=place:etorofu|Kunashiri=place:kunashiri")]
    [InlineData("KUNASHIRI and kunashir", "KUNASHIRI=place:kunashiri|kunashir=place:kunashiri")]
    public void Each_party_s_place_names_and_any_case_find_the_same_place(string sentence, string expected)
    {
        Assert.Equal(expected, Find(sentence));
    }

    [Theory]
    [InlineData("In the Japan-Soviet Joint Declaration of October 1956", "Japan-Soviet Joint Declaration=agreement:joint-declaration-1956")]
    [InlineData("signed the Japanese-Soviet Joint Declaration in October 1956", "Japanese-Soviet Joint Declaration=agreement:joint-declaration-1956")]
    [InlineData("Tokyo considers the Soviet-Japanese Joint Declaration", "Tokyo=place:tokyo|Soviet-Japanese Joint Declaration=agreement:joint-declaration-1956")]
    [InlineData("the 1956 Japan–Soviet Joint Declaration", "Japan–Soviet Joint Declaration=agreement:joint-declaration-1956")]
    [InlineData("the Japan - Soviet joint declaration", "Japan - Soviet joint declaration=agreement:joint-declaration-1956")]
    [InlineData("the Japan-Russia Action Plan", "Japan-Russia Action Plan=agreement:action-plan-2003")]
    public void Compound_names_tolerate_nationality_adjectives_order_dashes_and_case(string sentence, string expected)
    {
        Assert.Equal(expected, Find(sentence));
    }

    [Theory]
    [InlineData("the dissolution of the USSR", "USSR=party:ussr")]
    [InlineData("the Soviet Union's entry into the war", "Soviet Union=party:ussr")]
    [InlineData("Union of Soviet Socialist Republics", "Union of Soviet Socialist Republics=party:ussr")]
    [InlineData("Russia's aggression against Ukraine", "Russia=party:russia")]
    [InlineData("Russia’s 2022 invasion", "Russia=party:russia")]
    [InlineData("in Russia's Kuril Islands chain", "Russia=party:russia|Kuril Islands chain=party:kuril-islands")]
    public void Aliases_and_possessives_find_their_entity(string sentence, string expected)
    {
        Assert.Equal(expected.Replace("party:kuril-islands", "place:kuril-islands", StringComparison.Ordinal), Find(sentence));
    }

    [Fact]
    public void The_longest_name_wins()
    {
        Assert.Equal("Tokyo Declaration=agreement:tokyo-declaration-1993", Find("the Tokyo Declaration of 1993"));
        Assert.Equal("Prime Minister Abe=person:shinzo-abe", Find("Prime Minister Abe announced"));
        Assert.Equal("Shinzo Abe=person:shinzo-abe", Find("Shinzo Abe's visit"));
    }

    [Fact]
    public void A_primary_name_beats_the_same_alias_of_another_entity()
    {
        // "Russia" is Russia's name and an alias of the Russian Empire; "Tokyo" is a place and an alias of Japan.
        Assert.Equal("Russia=party:russia", Find("Russia"));
        Assert.Equal("Tokyo=place:tokyo", Find("Tokyo"));
    }

    [Fact]
    public void Names_in_capitals_match_only_in_capitals_and_adjectives_alone_are_not_countries()
    {
        Assert.Equal("US=party:usa", Find("the US delegation"));
        Assert.Equal(string.Empty, Find("let us go"));
        Assert.Equal(string.Empty, Find("Japanese citizens and Russian residents"));
        Assert.Equal("Japanese government=party:japan", Find("the Japanese government"));
    }

    [Fact]
    public void Words_separated_by_punctuation_are_not_one_name()
    {
        Assert.Equal("Japan=party:japan|Soviet Union=party:ussr", Find("Japan, Soviet Union"));
        Assert.Equal(string.Empty, Find("Kuril, Islands"));
    }

    [Fact]
    public void Spans_are_relative_to_the_sentence()
    {
        const string sentence = "Japan lays claims to the Iturup islands.";

        var mentions = Catalog.Find(sentence);

        Assert.Equal(["Japan", "Iturup"], mentions.Select(m => sentence.Substring(m.Span.Start, m.Span.Length)));
        Assert.Equal(["Japan", "Etorofu"], mentions.Select(m => m.Name));
    }
}
