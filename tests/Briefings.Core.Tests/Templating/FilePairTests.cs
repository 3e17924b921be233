using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Templating;

/// <summary>
/// Input/output file pairs in the Scriban style: each <c>TestData/Templates/NAME.sbn</c> rendered against the
/// river dossier must give <c>NAME.expected.md</c> (body and footnotes, without the front matter).
/// </summary>
public sealed class FilePairTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Briefings.Core.Tests", "TestData", "Templates");

    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(Folder, "*.sbn").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_expected(string name)
    {
        var body = TemplateHarness.Body(TemplateHarness.RenderInline(File.ReadAllText(Path.Combine(Folder, name + ".sbn")), TemplateHarness.RiverDossier));
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, name + ".expected.md")).Trim(), body);
    }
}
