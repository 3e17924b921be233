using Briefings.Core.Diagnostics;
using Briefings.Core.Facts;
using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Facts;

/// <summary>The small fixtures under TestData/Facts, and ways to load a broken copy of the minimal one.</summary>
internal static class FactsFixtures
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Briefings.Core.Tests", "TestData", "Facts");

    public static string MinimalPath => Path.Combine(Folder, "minimal", "facts.yaml");

    public static string RiverPath => Path.Combine(Folder, "river-dossier", "facts.yaml");

    public static string MinimalYaml => File.ReadAllText(MinimalPath);

    /// <summary>Loads the minimal facts after replacing <paramref name="original"/> (which must occur once) by <paramref name="replacement"/>.</summary>
    public static (FactLoadResult Result, string Yaml) LoadMinimalWith(string original, string replacement)
    {
        var yaml = MinimalYaml;
        Assert.True(yaml.Split(original).Length == 2, $"the fixture must contain '{original}' exactly once");
        yaml = yaml.Replace(original, replacement, StringComparison.Ordinal);
        return (FactBaseLoader.Parse(yaml, MinimalPath), yaml);
    }

    /// <summary>The 1-based line and column where <paramref name="snippet"/> first occurs in <paramref name="yaml"/>.</summary>
    public static (int Line, int Column) PositionOf(string yaml, string snippet)
    {
        var index = yaml.IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{snippet}' not in the YAML");
        var before = yaml[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    public static Diagnostic SingleError(FactLoadResult result, string code)
    {
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, $"expected one error, got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        Assert.Equal(code, errors[0].Code);
        return errors[0];
    }

    public static void AssertAt(Diagnostic diagnostic, (int Line, int Column) position)
    {
        Assert.NotNull(diagnostic.Location);
        Assert.Equal(MinimalPath, diagnostic.Location!.Value.File);
        Assert.Equal(position, (diagnostic.Location.Value.Line, diagnostic.Location.Value.Column));
    }
}
