using Briefings.Layout.PdfFile;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

public sealed class DestinationNamesTests
{
    [Theory]
    [InlineData("chronology")]
    [InlineData("fn-12")]
    [InlineData("section_2.1")]
    public void Plain_identifiers_stay_as_they_are(string name) => Assert.Equal(name, DestinationNames.Safe(name));

    [Fact]
    public void Other_characters_are_spelled_out_in_ascii_and_distinct_ids_stay_distinct()
    {
        var names = new[] { "communiqué", "communique", "communiq~u0000E9", "日本", "a b", "a~b" }.Select(DestinationNames.Safe).ToList();

        Assert.Equal("communiqu~u0000E9", names[0]);
        Assert.All(names, name => Assert.True(name.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_' or '.' or '~'), name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Long_ids_are_cut_short_with_a_hash_of_the_whole()
    {
        var first = new string('a', 300) + "x";
        var second = new string('a', 300) + "y";

        Assert.True(DestinationNames.Safe(first).Length <= 120);
        Assert.NotEqual(DestinationNames.Safe(first), DestinationNames.Safe(second));
        Assert.Equal(DestinationNames.Safe(first), DestinationNames.Safe(first));
    }
}
