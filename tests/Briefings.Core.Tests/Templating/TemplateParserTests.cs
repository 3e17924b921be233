using Briefings.Core.Diagnostics;
using Briefings.Core.Templating;
using Xunit;

namespace Briefings.Core.Tests.Templating;

/// <summary>Broken templates: every problem reported at once, each at template:line:column.</summary>
public sealed class TemplateParserTests
{
    private const string Path = "/templates/brief.sbn";

    [Fact]
    public void A_template_without_front_matter_is_refused() =>
        Assert.Equal("BRF-TPL-001", Errors("Hello").Single().Code);

    [Fact]
    public void Bad_yaml_points_at_the_line()
    {
        var error = Errors("---\nid: brief\ntitle: [unclosed\n---\nbody").Single();
        Assert.Equal("BRF-TPL-004", error.Code);
        Assert.Equal(Path, error.Location!.Value.File);
        Assert.InRange(error.Location.Value.Line, 3, 4);
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var errors = Errors("---\nid: Other\ntitle: T\nformats: [pdf, odt]\ncolour: red\npage_budget: -1\ndocument:\n  title: T\n---\n{{ if }}\n");
        Assert.Contains(errors, error => error.Message.Contains("lowercase", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Message.Contains("must match its file name", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Message.Contains("'odt'", StringComparison.Ordinal) && error.Location!.Value.Line == 4);
        Assert.Contains(errors, error => error.Message.Contains("'colour'", StringComparison.Ordinal) && error.Location!.Value.Line == 5);
        Assert.Contains(errors, error => error.Message.Contains("page_budget", StringComparison.Ordinal) && error.Location!.Value.Line == 6);
        Assert.Contains(errors, error => error.Message.Contains("description", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Code == "BRF-TPL-010" && error.Location!.Value.Line == 10);
    }

    [Fact]
    public void A_scriban_error_is_located_in_the_file_not_the_body()
    {
        var error = Errors("---\nid: brief\ntitle: T\ndescription: D\ndocument:\n  title: T\n---\nline 8\nline 9\n{{ for x in }}\n").First();
        Assert.Equal("BRF-TPL-010", error.Code);
        Assert.Equal(10, error.Location!.Value.Line);
    }

    [Fact]
    public void A_fan_out_without_an_output_name_is_refused() =>
        Assert.Contains(
            Errors("---\nid: brief\ntitle: T\ndescription: D\nfor_each: agreements\ndocument:\n  title: T\n---\nx"),
            error => error.Message.Contains("output", StringComparison.Ordinal));

    [Fact]
    public void A_valid_template_parses_with_its_settings()
    {
        var template = TemplateParser.Parse(
            "---\nid: brief\ntitle: T\ndescription: D\nformats: [pdf]\npage_budget: 1\nfor_each: agreements\noutput: \"{{ item.id }}\"\nparameters:\n  side: { default: japan, description: Side, allowed: [japan, russia] }\ndocument:\n  title: \"{{ item.name }}\"\n  toc: true\n---\nBody\n",
            Path);
        Assert.Equal(["pdf"], template.Formats);
        Assert.Equal(1, template.PageBudget);
        Assert.Equal("agreements", template.ForEach);
        Assert.True(template.Document.TableOfContents);
        Assert.Equal(["japan", "russia"], template.Parameters["side"].Allowed);
        Assert.Equal(14, template.BodyLineOffset);
    }

    private static IReadOnlyList<Diagnostic> Errors(string text) =>
        Assert.Throws<BriefingsException>(() => TemplateParser.Parse(text, Path)).Diagnostics;
}
