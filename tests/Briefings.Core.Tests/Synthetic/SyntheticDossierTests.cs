using Briefings.Core.Facts;
using Briefings.Core.Synthetic;
using Xunit;

namespace Briefings.Core.Tests.Synthetic;

/// <summary>The benchmark dossiers must be real dossiers: they load clean, quotes and all, and come out the same every time.</summary>
public sealed class SyntheticDossierTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "briefings-synthetic-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Generated_dossier_loads_without_errors_and_every_quote_is_found()
    {
        var summary = SyntheticDossierGenerator.Write(Path.Combine(root, "a"), new SyntheticDossierOptions { Events = 400, Agreements = 3, EventsPerSource = 50 });

        var loaded = FactBaseLoader.Load(summary.FactsPath);

        Assert.DoesNotContain(loaded.Diagnostics, diagnostic => diagnostic.IsError);
        var facts = Assert.IsType<FactBase>(loaded.Facts);
        Assert.Equal(403, facts.Events.Count);
        Assert.Equal(3, facts.Agreements.Count);
        Assert.Equal(summary.Sources, facts.Sources.Count);
        Assert.All(facts.AllCitations(), citation => Assert.True(citation.Line > 0, $"quote not located: {citation.Quote}"));
        Assert.All(facts.Events, fact => Assert.NotNull(facts.EraOf(fact.Date.Value)));
    }

    [Fact]
    public void Sources_disagree_somewhere_so_the_discrepancy_paths_are_exercised()
    {
        var summary = SyntheticDossierGenerator.Write(Path.Combine(root, "b"), new SyntheticDossierOptions { Events = 1_000, Agreements = 10 });

        var facts = FactBaseLoader.Load(summary.FactsPath).Facts!;

        Assert.NotEmpty(facts.Discrepancies);
        Assert.Equal(summary.Discrepancies, facts.Discrepancies.Count);
    }

    [Fact]
    public void Same_seed_and_sizes_give_the_same_files()
    {
        var options = new SyntheticDossierOptions { Events = 120, Agreements = 2, Seed = 7 };
        SyntheticDossierGenerator.Write(Path.Combine(root, "c"), options);
        SyntheticDossierGenerator.Write(Path.Combine(root, "d"), options);

        var first = Directory.GetFiles(Path.Combine(root, "c")).Order(StringComparer.Ordinal).ToArray();
        var second = Directory.GetFiles(Path.Combine(root, "d")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(first.Select(Path.GetFileName), second.Select(Path.GetFileName));
        Assert.All(first.Zip(second), pair => Assert.Equal(File.ReadAllBytes(pair.First), File.ReadAllBytes(pair.Second)));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
