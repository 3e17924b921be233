using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Inputs the fuzz campaign found (or that were built from its findings), kept as fixed cases. The ones that
/// still fail in a renderer owned elsewhere are listed in docs/reliability.md (R1, R2, R5) and join this
/// class when fixed.
/// </summary>
public sealed class FuzzRegressionTests : IDisposable
{
    private readonly FuzzTests fuzz = new();

    [Theory]
    [InlineData("```\n```\n")]
    [InlineData("1. ```\n   ```\n")]
    [InlineData("## \n\n## {.keep}\n")]
    [InlineData("1. ::: warning\n   :::\n\n   [^9]:\n\n   1. ```\n      code\n      ```\n")]
    [InlineData("> ## [^2]\n>\n> > ## &#0; {.keep}\n\n[^2]: x\n")]
    [InlineData("| A |\n|-|\n| [^1] <<>> &#xD800; |\n\n[^1]:\n")]
    public void Found_by_the_fuzzer_the_docx_stays_valid(string body) =>
        Assert.True(FuzzTests.RendersValidDocx("---\ntitle: \"Fuzz\"\n---\n\n" + body));

    [Theory]
    [InlineData("> ## [^2]\n>\n> > ## &#0; {.keep}\n\n[^2]: x\n")]
    [InlineData("1. x\n\n   [^9]:\n\n   1. text\n")]
    [InlineData("| A |\n|-|\n| [^1] <<>> &#xD800; |\n\n[^1]:\n")]
    public void Found_by_the_fuzzer_the_pdf_opens(string body) =>
        Assert.True(FuzzTests.RendersPdf("---\ntitle: \"Fuzz\"\n---\n\n" + body));

    [Theory]
    [InlineData("keywords: [Silver River, Long Island, Northland, Southland]", "keywords: &k [Silver River, Long Island]\n  b1: &b1 [*k, *k, *k, *k]\n  b2: [*b1, *b1, *b1, *b1]")]
    [InlineData("places: [silver-river]", "places: &a")]
    [InlineData("places: [silver-river]", "places: !x [silver-river]")]
    [InlineData("text: \"The line moved with the channel in 1927.\"", "te~xt: \"The line moved with the channel in 1927.\"")]
    public void Found_by_the_fuzzer_the_facts_load_or_locate_their_errors(string find, string replacement)
    {
        var original = File.ReadAllText(Briefings.Testing.ScratchDossier.RiverDossier);
        Assert.Contains(find, original, StringComparison.Ordinal);
        Assert.True(fuzz.LoadsOrLocates(original.Replace(find, replacement, StringComparison.Ordinal)));
    }

    public void Dispose() => fuzz.Dispose();
}
