using Scriban;
using Xunit;

namespace Briefings.Core.Tests.Templating;

/// <summary>Scriban's built-in modules are built on first use (LazyBuiltins); templates see them as Scriban's defaults.</summary>
public sealed class BuiltinModuleTests
{
    [Fact]
    public void A_template_sees_the_same_builtin_names_as_with_Scriban_defaults()
    {
        var names = TemplateContext.GetDefaultBuiltinObject().GetMembers().Order(StringComparer.Ordinal).ToList();
        // Strict variables: a name the builtins lack is an error, not empty output; @ names a function without calling it.
        var markdown = TemplateHarness.RenderInline(string.Concat(names.Select(name => $"{{{{ @{name} | object.typeof }}}};")), TemplateHarness.RiverDossier);

        Assert.Equal(names.Count, TemplateHarness.Body(markdown).Split(';', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("=null", TemplateHarness.Body(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ [3, 1, 2] | array.sort | array.join \",\" }}", "1,2,3")]
    [InlineData("{{ \"silver river\" | string.capitalizewords }}", "Silver River")]
    [InlineData("{{ math.round 2.567 2 }}", "2.57")]
    [InlineData("{{ \"a1b22\" | regex.replace `\\d+` \"#\" }}", "a#b#")]
    [InlineData("{{ \"<b>\" | html.escape }}", "&lt;b&gt;")]
    [InlineData("{{ (timespan.from_hours 2).hours }}", "2")]
    [InlineData("{{ date.format }}", "%d %b %Y")]
    [InlineData("{{ {a: 1} | object.keys | array.size }}", "1")]
    public void Every_module_works_when_first_named(string body, string expected) =>
        Assert.Equal(expected, Unescape(TemplateHarness.Body(TemplateHarness.RenderInline(body, TemplateHarness.RiverDossier))));

    [Fact]
    public void A_change_to_a_module_in_one_render_is_not_seen_by_the_next()
    {
        var first = TemplateHarness.Body(TemplateHarness.RenderInline("{{ date.format = \"%Y\" }}{{ date.format }}", TemplateHarness.RiverDossier));
        var second = TemplateHarness.Body(TemplateHarness.RenderInline("{{ date.format }}", TemplateHarness.RiverDossier));

        Assert.Equal("%Y", Unescape(first));
        Assert.Equal("%d %b %Y", Unescape(second));
    }

    // The Markdown escaper protects characters a value could smuggle in; the expectations are the values themselves.
    private static string Unescape(string markdown) => markdown.Replace("\\", string.Empty, StringComparison.Ordinal);
}
