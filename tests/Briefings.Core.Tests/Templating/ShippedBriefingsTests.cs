using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Templating;

/// <summary>
/// The four shipped briefings, rendered to Markdown, as snapshots: on the real dossier and on the made-up
/// river dossier, which proves the templates hold nothing specific to one dossier.
/// </summary>
public sealed class ShippedBriefingsTests
{
    public static TheoryData<string> Templates => ["treaty-summary", "positions-comparison", "chronology", "sources-and-discrepancies"];

    [Theory]
    [MemberData(nameof(Templates))]
    public void River_dossier(string template)
    {
        var outputs = TemplateHarness.RenderShipped(template, TemplateHarness.RiverDossier, Parameters(template));
        Snapshot.Verify(Join(outputs), template, "md");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Seeds_dossier(string template)
    {
        var outputs = TemplateHarness.RenderShipped(template, TemplateHarness.SeedsFacts);
        Snapshot.Verify(Join(outputs), template, "md");
    }

    private static Dictionary<string, string>? Parameters(string template) =>
        template == "positions-comparison" ? new() { ["left"] = "northland", ["right"] = "southland" } : null;

    private static string Join(IEnumerable<(string Name, string Markdown)> outputs) =>
        string.Join("\n", outputs.Select(output => $"===== {output.Name}\n{output.Markdown}"));
}
