using Briefings.Core.Facts;
using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Facts;

/// <summary>The real dossier must load without a single error: every quote found, every reference known.</summary>
public sealed class SeedFactsTests
{
    [Fact]
    public void The_seed_facts_load_without_errors()
    {
        var result = FactBaseLoader.Load(Path.Combine(RepoPaths.Seeds, "facts.yaml"));

        Assert.True(!result.HasErrors, string.Join(Environment.NewLine, result.Errors));
        Assert.NotNull(result.Facts);
    }
}
