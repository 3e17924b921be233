using Briefings.Core.Facts;
using Briefings.Core.Synthetic;
using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Facts;

/// <summary>
/// What the loader builds from whole dossiers, every record, position, quote line, alternative and shared object,
/// against the text recorded when the facts were read through YamlDotNet's representation model: the streaming
/// reader must build the same fact bases.
/// </summary>
public sealed class LoadedFactsSnapshotTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "briefings-loaded-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_shipped_facts_load_as_recorded() =>
        Snapshot.Verify(Dump(Path.Combine(RepoPaths.Seeds, "facts.yaml")));

    [Theory]
    [InlineData("minimal")]
    [InlineData("river-dossier")]
    public void The_fixtures_load_as_recorded(string fixture) =>
        Snapshot.Verify(Dump(Path.Combine(FactsFixtures.Folder, fixture, "facts.yaml")), fixture);

    [Fact]
    public void A_synthetic_dossier_loads_as_recorded()
    {
        var summary = SyntheticDossierGenerator.Write(root, new SyntheticDossierOptions { Events = 60, Agreements = 3, EventsPerSource = 20 });
        Snapshot.Verify(Dump(summary.FactsPath));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Dump(string factsPath)
    {
        var result = FactBaseLoader.Load(factsPath);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.IsError);
        return FactBaseDump.Of(result.GetFactsOrThrow());
    }
}
