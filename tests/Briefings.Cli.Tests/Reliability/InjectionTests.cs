using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Fact text that looks like Markdown, HTML, a Scriban expression or a link stays text in the PDF and the
/// DOCX: the same words on the page, the same document structure as plain text, no link from a fact.
/// </summary>
public sealed class InjectionTests
{
    private const string Hostile =
        "# Heading | cell | **bold** _it_ [link](javascript:alert(1)) <script>alert(1)</script> <b>b</b> " +
        "{{ 1 + 1 }} {{ include '/etc/passwd' }} {% raw %} ![img](http://x.example/y.png) [^1] [x]: http://evil.example " +
        "::: warning --- *** > quote - item 1. item ftp://files.example.org/x www.example.org tel:123 " +
        "https://ok.example.org mailto:a@b.org <http://angle.example> `code` ~~del~~ \\ &amp; &#x41; {.keep} {#id} | --- |";

    private static readonly Lazy<FactTextBuild> Injected = new(() => new FactTextBuild(Hostile));

    private static readonly Lazy<FactTextBuild> Plain = new(() => new FactTextBuild("Plain text where the hostile text was, nothing special."));

    [Fact]
    public void Builds()
    {
        var run = Injected.Value.Run;
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.ErrorLines);
    }

    [Fact]
    public void The_pdf_shows_the_text_character_for_character()
    {
        Assert.Contains(FactTextBuild.WithoutSpaces(Hostile), Injected.Value.PdfTextWithoutSpaces(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_docx_shows_the_text_character_for_character()
    {
        Assert.Contains(Hostile, DocxChecks.BodyText(Injected.Value.Docx), StringComparison.Ordinal);
        var problems = DocxChecks.Problems(Injected.Value.Docx);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(5)));
    }

    [Fact]
    public void The_document_structure_is_the_same_as_for_plain_text()
    {
        Assert.Equal(Plain.Value.Structure(), Injected.Value.Structure());
    }

    [Fact]
    public void No_link_comes_from_fact_text_in_either_format()
    {
        Assert.Equal(Plain.Value.PdfLinkTargets(), Injected.Value.PdfLinkTargets());
        Assert.Equal(DocxChecks.LinkTargets(Plain.Value.Docx), DocxChecks.LinkTargets(Injected.Value.Docx));
    }

    [Fact]
    public void Links_a_template_writes_are_kept_only_for_http_https_and_mailto()
    {
        using var dossier = new HostileDossier(withGoodOutput: false);
        string[] targets = ["https://ok.example.org/a", "http://ok.example.org/b", "mailto:analyst@example.org", "javascript:alert(1)", "JaVaScRiPt:alert(2)", "data:text/html,x", "file:///etc/passwd", "ftp://files.example.org/x", "tel:123", "vbscript:x"];
        dossier.WriteTemplate("probe", string.Join("\n\n", targets.Select((target, index) => $"[link {index}]({target}) <{target}>")) + "\n");

        var run = dossier.Build("probe");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] allowed = ["https://ok.example.org/a", "http://ok.example.org/b", "mailto:analyst@example.org"];
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(dossier.Out, "probe.pdf")));
        var pdfLinks = pdf.GetPages().SelectMany(page => page.GetAnnotations())
            .Select(annotation => annotation.Action).OfType<UglyToad.PdfPig.Actions.UriAction>().Select(action => action.Uri.TrimEnd('/')).Distinct().Order().ToArray();
        Assert.Equal(allowed.Select(link => link.TrimEnd('/')).Order(), pdfLinks);
        var docxLinks = DocxChecks.LinkTargets(File.ReadAllBytes(Path.Combine(dossier.Out, "probe.docx"))).Select(link => link.TrimEnd('/')).Distinct().Order();
        Assert.Equal(allowed.Select(link => link.TrimEnd('/')).Order(), docxLinks);
    }

    [Fact]
    public void A_scriban_expression_in_a_fact_is_not_evaluated()
    {
        Assert.Contains("{{ 1 + 1 }}", DocxChecks.BodyText(Injected.Value.Docx), StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0", Injected.Value.Markdown, StringComparison.Ordinal);
    }
}
