using Briefings.Core.Diagnostics;
using Xunit;

namespace Briefings.Core.Tests.Templating;

/// <summary>Templates are edited by many hands: whatever they do, they stay inside their folder, their limits and the facts' names.</summary>
public sealed class SandboxTests
{
    [Theory]
    [InlineData("../theme.yaml")]
    [InlineData("partials/../../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("partials\\\\_x")]
    public void Includes_outside_the_templates_folder_are_refused(string path)
    {
        var error = Render($"{{{{ include \"{path}\" }}}}");
        Assert.Contains("refused", error.Message);
        Assert.Equal(new SourceLocation(error.Location!.Value.File, 8, 4), error.Location);
    }

    [Fact]
    public void Includes_inside_the_templates_folder_work()
    {
        var markdown = TemplateHarness.RenderInline(
            "{{ include \"partials/_greeting\" }}",
            TemplateHarness.RiverDossier,
            new Dictionary<string, string> { ["partials/_greeting.sbn"] = "Hello {{ dossier.title }}" });
        Assert.Equal("Hello The Silver River Boundary", TemplateHarness.Body(markdown));
    }

    [Fact]
    public void A_missing_include_names_itself() =>
        Assert.Contains("'partials/_nothing' not found", Render("{{ include \"partials/_nothing\" }}").Message);

    [Fact]
    public void An_infinite_loop_stops_at_the_loop_limit() =>
        Assert.Contains("loop", Render("{{ while true }}x{{ end }}").Message, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Runaway_recursion_stops() =>
        Assert.Contains("recursi", Render("{{ func down(n)\n ret down(n + 1)\nend\ndown 1 }}").Message, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Huge_output_stops_at_the_output_limit() =>
        Assert.Contains("limit", Render("{{ s = \"x\"\nfor i in 1..30\n s = s + s\nend\ns }}").Message, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void An_unknown_variable_is_an_error_at_its_location()
    {
        var error = Render("Text\n\n{{ dosier.title }}");
        Assert.Contains("dosier", error.Message);
        Assert.Equal(10, error.Location!.Value.Line);
        Assert.EndsWith("inline.sbn", error.Location.Value.File);
    }

    [Fact]
    public void A_misspelt_member_is_an_error_not_empty_output() =>
        Assert.Contains("titel", Render("{{ dossier.titel }}").Message);

    [Fact]
    public void The_facts_are_read_only() =>
        Assert.NotNull(Render("{{ dossier.title = \"changed\" }}"));

    [Fact]
    public void Fact_text_that_looks_like_a_template_stays_text()
    {
        var markdown = TemplateHarness.RenderInline("{{ \"{{ dossier.title }}\" }}", TemplateHarness.RiverDossier);
        Assert.Equal("\\{\\{ dossier.title \\}\\}", TemplateHarness.Body(markdown));
    }

    private static Diagnostic Render(string body)
    {
        var exception = Assert.Throws<BriefingsException>(() => TemplateHarness.RenderInline(body, TemplateHarness.RiverDossier));
        return Assert.Single(exception.Diagnostics);
    }
}
