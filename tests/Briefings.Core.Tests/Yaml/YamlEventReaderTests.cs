using Briefings.Core.Yaml;
using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Yaml;

/// <summary>
/// The event reader against YamlDotNet's representation model, which the facts were read with before: the same
/// nodes (values, styles, tags, positions, aliases as one node), the same errors at the same places, whether the
/// top-level sequences are handed over whole or item by item. Where the model gave no useful position (an alias with
/// no anchor, an alias as a whole document) the reader names the alias's, with the same message.
/// </summary>
public sealed class YamlEventReaderTests
{
    [Theory]
    [InlineData("a: 1\nb: [x, y]\nc: { d: e }\n")]
    [InlineData("a: 'single'\nb: \"double\"\nc: |\n  literal\nd: >\n  folded\ne:\nf: ~\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: 1\n\"a\": 2\n")]
    [InlineData("!t a: 1\na: 2\n\"a\": 3\n")]
    [InlineData("? [a, b]\n: 1\n? [a, b]\n: 2\n")]
    [InlineData("? {k: v}\n: 1\n? {k: v}\n: 2\n")]
    [InlineData("? &m {k: v}\n: 1\n? *m\n: 2\n")]
    [InlineData("? [{k: v}]\n: 1\n? [{k: v}]\n: 2\n")]
    [InlineData("? [a, b]\n: 1\n? [a, c]\n: 2\n")]
    [InlineData("a: &x [1, 2]\nb: *x\nc: *x\n")]
    [InlineData("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")]
    [InlineData("a: &k a\n*k : 2\n")]
    [InlineData("a: *x\nb: &x [1]\n")]
    [InlineData("a: *y\nb: &y 1\nc: &y 2\n")]
    [InlineData("a: [*z, &z 1]\n")]
    [InlineData("events:\n  - &e { id: one }\n  - *e\n  - { id: two, of: *e }\n")]
    [InlineData("events: &all\n  - { id: one }\nagain: *all\n")]
    [InlineData("&root\na: 1\nb: 2\n")]
    [InlineData("x: &a\n  k: v\ny: !t\n  - 1\nz: !!str 1\nw: ! x\n")]
    [InlineData("%TAG !e! tag:example.com,2000:\n---\na: !e!foo 1\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n...\n")]
    [InlineData("just text\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("a: 1\n---\nb: [\n")]
    [InlineData("a: 1\n---\na: 1\na: 2\n")]
    [InlineData("a: 1\n--- \nb: 2\n")]
    [InlineData("x: [a, b\n")]
    [InlineData("x: {a: b\n")]
    [InlineData("x: \"a\\qb\"\n")]
    [InlineData("x: 1\n\ty: 2\n")]
    [InlineData("x: !!binary[x]\n")]
    [InlineData("x: !<>\n")]
    [InlineData("x: \"A4\"*a\n")]
    [InlineData("cite: [ { source: notes, #quote: \"In 1960\" } ]\nnext: 1\n")]
    [InlineData("a: &s [*s]\nb: &m { k: *m }\n")]
    public void Reads_as_the_representation_model_does(string yaml)
    {
        foreach (var itemByItem in new[] { false, true })
        {
            Assert.Equal(YamlOutcome.OfRepresentationModel(yaml, itemByItem), YamlOutcome.OfReader(yaml, itemByItem));
        }
    }

    [Fact]
    public void Damaged_facts_read_as_the_representation_model_reads_them()
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Briefings.Core.Tests", "TestData", "Facts", "river-dossier", "facts.yaml"));
        var random = new Random(20_261_201);
        for (var sample = 0; sample < 300; sample++)
        {
            var yaml = YamlDamage.Apply(random, original, random.Next(1, 4));
            var expected = WithoutUselessPosition(YamlOutcome.OfRepresentationModel(yaml, itemByItem: true));
            var actual = WithoutUselessPosition(YamlOutcome.OfReader(yaml, itemByItem: true));
            Assert.True(expected == actual, $"sample {sample} reads differently:\n{yaml}\n--- representation model:\n{expected}\n--- reader:\n{actual}");
        }
    }

    [Theory]
    [InlineData("a: 1\nb: *nope\n", 2, 4, "The anchor 'nope' does not exists")]
    [InlineData("a: &x 1\n---\nb: [1, *x]\n", 3, 8, "The anchor 'x' does not exists")]
    [InlineData("a: 1\n--- *a\n", 2, 5, "A document cannot contain only an alias")]
    [InlineData("a: [*p, [*q]]\nb: *r\n", 1, 10, "The anchor 'q' does not exists")]
    [InlineData("events:\n  - *p\n  - [*q]\n", 3, 6, "The anchor 'q' does not exists")]
    public void An_alias_without_an_anchor_is_an_error_at_the_alias(string yaml, int line, int column, string message)
    {
        Assert.Equal($"error at 1:1: {message}", YamlOutcome.OfRepresentationModel(yaml, itemByItem: false));
        Assert.Equal($"error at {line}:{column}: {message}", YamlOutcome.OfReader(yaml, itemByItem: false));
        Assert.Equal($"error at {line}:{column}: {message}", YamlOutcome.OfReader(yaml, itemByItem: true));
    }

    [Theory]
    [InlineData("*k : 1\nb: &k a\n", "The alias *k is a key written before its anchor &k; anchor the key first")]
    [InlineData("*k : 1\n", "The anchor 'k' does not exists")]
    public void An_alias_as_a_key_before_its_anchor_is_an_error_at_the_alias(string yaml, string message)
    {
        // The representation model recursed until the process's stack overflowed, so it cannot be asked here.
        Assert.Equal($"error at 1:1: {message}", YamlOutcome.OfReader(yaml, itemByItem: true));
    }

    [Fact]
    public void A_mapping_of_many_keys_still_finds_the_key_given_twice()
    {
        var keys = string.Concat(Enumerable.Range(0, 20_000).Select(index => $"k{index}: {index}\n"));

        Assert.StartsWith("mapping root", YamlOutcome.OfReader(keys, itemByItem: false), StringComparison.Ordinal);
        Assert.Equal("error at 20001:1: Duplicate key k7", YamlOutcome.OfReader(keys + "k7: again\n", itemByItem: false));
    }

    private static string WithoutUselessPosition(string outcome) =>
        outcome.StartsWith("error at ", StringComparison.Ordinal) && (outcome.Contains("does not exists", StringComparison.Ordinal) || outcome.Contains("only an alias", StringComparison.Ordinal))
            ? "error: " + outcome[(outcome.IndexOf(": ", StringComparison.Ordinal) + 2)..]
            : outcome;
}
