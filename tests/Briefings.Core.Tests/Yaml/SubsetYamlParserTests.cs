using System.Text;
using Briefings.Core.Synthetic;
using Briefings.Core.Yaml;
using Briefings.Testing;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Core.Tests.Yaml;

/// <summary>
/// The line-by-line parser of the facts' YAML against YamlDotNet's parser, the reference: whatever text the subset
/// reads, it reads into the same events (kinds, values, styles, start positions), and it refuses, rather than reads
/// otherwise, everything beyond it and everything malformed, for YamlDotNet to read or reject.
/// </summary>
public sealed class SubsetYamlParserTests
{
    public static TheoryData<string> FactsFiles => new()
    {
        Path.Combine("seeds", "facts.yaml"),
        Path.Combine("tests", "Briefings.Core.Tests", "TestData", "Facts", "river-dossier", "facts.yaml"),
        Path.Combine("tests", "Briefings.Core.Tests", "TestData", "Facts", "minimal", "facts.yaml"),
    };

    [Theory]
    [MemberData(nameof(FactsFiles))]
    public void The_facts_in_the_repository_are_read_as_the_subset_into_YamlDotNets_events(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, file));

        var subset = Events(new SubsetYamlParser(new StringReader(yaml)));

        Assert.Equal(Events(new Parser(new StringReader(yaml))), subset);
        Assert.True(subset.Count > 100);
    }

    [Fact]
    public void A_generated_dossier_is_read_as_the_subset_into_YamlDotNets_events()
    {
        var directory = Directory.CreateTempSubdirectory("briefings-subset-").FullName;
        try
        {
            SyntheticDossierGenerator.Write(directory, new SyntheticDossierOptions { Events = 300, Agreements = 4 });
            var yaml = File.ReadAllText(Path.Combine(directory, SyntheticDossierGenerator.FactsFileName));

            Assert.Equal(Events(new Parser(new StringReader(yaml))), Events(new SubsetYamlParser(new StringReader(yaml))));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("a: 1\nb: two words  # a comment\nc: 'it''s'\nd: \"q\\\"x\\\\y\\n\"\n")]
    [InlineData("list:\n  - a b\n  - \"q\"\nm:\n- k: v\n  k2: [a, \"b\", {x: y}]\n- {}\nz: []\n")]
    [InlineData("# head\n\na:\n  b:\n    - { source: s-1, quote: \"A, B: c\" }\n    - [x, 'y', \"z\"]\n  c: d\ne: f\n")]
    [InlineData("a: Japan–Russia ’quoted’\nb: { k: \"é\", l: m }\nc: x, y [z] {w}\nd: http://example.org/a#b\n")]
    [InlineData("a: 1\r\nb:\r\n  - 2\r\n")]
    [InlineData("a:\n- x\n- y\nb: 1\n")]
    [InlineData("a: [ a , b ]\nb: {  k:  v  }\n")]
    public void Text_within_the_subset_is_read_into_YamlDotNets_events(string yaml)
    {
        Assert.Equal(Events(new Parser(new StringReader(yaml))), Events(new SubsetYamlParser(new StringReader(yaml))));
    }

    [Theory]
    [InlineData("a: |\n  literal\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a:\nb: 1\n")]
    [InlineData("a: 1\nb:\n")]
    [InlineData("a: two\n  lines\n")]
    [InlineData("\"a\": 1\n")]
    [InlineData("a: 1\n\tb: 2\n")]
    [InlineData("a: \"\\x41\"\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("%YAML 1.1\n---\na: 1\n")]
    [InlineData("a: \"open\n  close\"\n")]
    [InlineData("a: [x,\n  y]\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: x #\n b: 1\n")]
    [InlineData("a: \"x\"y\n")]
    [InlineData("a: [x, ]\n")]
    [InlineData("a: {x:y}\n")]
    [InlineData("a: -1\n")]
    [InlineData("? a\n: 1\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("just text\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("  a: 1\n")]
    [InlineData("a:\n  - x\n   - y\n")]
    [InlineData("a: 1\n b: 2\n")]
    [InlineData("\uFEFFa: 1\n")]
    [InlineData("a: \u2028\n")]
    [InlineData("a: 😀\n")]
    public void Text_beyond_the_subset_is_refused(string yaml)
    {
        Assert.Throws<YamlSubsetExceededException>(() => Events(new SubsetYamlParser(new StringReader(yaml))));
    }

    [Fact]
    public void Damaged_facts_are_refused_or_read_as_YamlDotNet_reads_them()
    {
        string[][] originals =
        [
            File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "facts.yaml")).Split('\n'),
            File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Briefings.Core.Tests", "TestData", "Facts", "river-dossier", "facts.yaml")).Split('\n'),
        ];
        var random = new Random(20261202);
        var (read, refused) = (0, 0);
        for (var trial = 0; trial < 3_000; trial++)
        {
            // A window of the facts from the top (so the root mapping is there), damaged a few times.
            var window = string.Join('\n', originals[trial % 3 == 0 ? 1 : 0].Take(random.Next(10, 160)));
            var yaml = trial % 2 == 0 ? YamlDamage.Apply(random, window, random.Next(1, 4)) : CharacterDamage(random, window, random.Next(1, 6));
            List<string> subset;
            try
            {
                subset = Events(new SubsetYamlParser(new StringReader(yaml)));
            }
            catch (YamlSubsetExceededException)
            {
                refused++;
                continue;
            }

            List<string> reference;
            try
            {
                reference = Events(new Parser(new StringReader(yaml)));
            }
            catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
            {
                Assert.Fail($"the subset read text YamlDotNet refuses ({exception.Message}):\n{yaml}");
                return;
            }

            Assert.True(reference.SequenceEqual(subset), $"the subset read differently:\n{yaml}");
            read++;
        }

        // Both outcomes are exercised: damage that leaves the text within the subset, and damage that does not.
        Assert.True(read > 300, $"{read} read");
        Assert.True(refused > 300, $"{refused} refused");
    }

    /// <summary>Characters YAML gives a meaning to, put in, taken out or swapped for others at random places.</summary>
    private static string CharacterDamage(Random random, string text, int times)
    {
        const string Special = " :#-,[]{}'\"\\?&*!|>%@`~\n\r";
        var damaged = new StringBuilder(text);
        for (var time = 0; time < times && damaged.Length > 0; time++)
        {
            var at = random.Next(damaged.Length);
            var c = Special[random.Next(Special.Length)];
            switch (random.Next(3))
            {
                case 0:
                    damaged.Insert(at, c);
                    break;
                case 1:
                    damaged.Remove(at, 1);
                    break;
                default:
                    damaged[at] = c;
                    break;
            }
        }

        return damaged.ToString();
    }

    /// <summary>The events as text: kind, start position, and a scalar's value, style, tag and anchor.</summary>
    private static List<string> Events(IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var text = new StringBuilder($"{current.GetType().Name}");
            switch (current)
            {
                case Scalar scalar:
                    text.Append($" {At(current)} {scalar.Style} tag={scalar.Tag} anchor={scalar.Anchor} \"{scalar.Value}\"");
                    break;
                case MappingStart mapping:
                    text.Append($" {At(current)} {mapping.Style} tag={mapping.Tag} anchor={mapping.Anchor}");
                    break;
                case SequenceStart sequence:
                    text.Append($" {At(current)} {sequence.Style} tag={sequence.Tag} anchor={sequence.Anchor}");
                    break;
                case AnchorAlias alias:
                    text.Append($" {At(current)} {alias.Value}");
                    break;
            }

            events.Add(text.ToString());
        }

        return events;
    }

    private static string At(ParsingEvent parsed) => $"{parsed.Start.Line}:{parsed.Start.Column}";
}
