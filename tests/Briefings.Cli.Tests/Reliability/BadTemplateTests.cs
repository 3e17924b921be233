using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Hostile or broken templates: syntax errors, runaway loops and recursion, includes reaching outside the
/// templates folder, output floods, and Markdown nested or tabulated beyond what can be typeset. Each is an
/// error at template:line:column (or at the line of the generated Markdown), exit 1, nothing written.
/// </summary>
public sealed class BadTemplateTests : IDisposable
{
    private readonly HostileDossier dossier = new();

    private HostileRun BuildProbe() => dossier.Build("probe");

    [Fact]
    public void A_syntax_error_is_located_in_the_template()
    {
        dossier.WriteTemplate("probe", "Fine line.\n{{ for e in events }} {{ e.title \n");
        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", HostileDossier.BodyLine() + 1, "BRF-TPL-010");
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("title: !!binary[x]")]
    [InlineData("title: !<>")]
    public void A_malformed_yaml_tag_in_the_header_is_a_located_error_not_a_crash(string header)
    {
        var path = dossier.WriteTemplate("probe", "Body.\n");
        var line = HostileDossier.Edit(path, "title: Probe probe", header);
        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", line, "BRF-TPL-004", "malformed YAML");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void An_unknown_variable_is_located_in_the_template()
    {
        dossier.WriteTemplate("probe", "{{ no_such_thing.title }}\n");
        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", HostileDossier.BodyLine(), "BRF-TPL-030");
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("{{ while true }}a{{ end }}")]
    [InlineData("{{ func spin; while true; end; end; spin }}")]
    [InlineData("{{ for i in 1..100000000 }}{{ end }}")]
    public void An_infinite_loop_stops_at_the_loop_limit(string body)
    {
        dossier.WriteTemplate("probe", body + "\n");
        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", HostileDossier.BodyLine(), "BRF-TPL-030", "imit");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void Runaway_recursion_stops_at_the_recursion_limit()
    {
        dossier.WriteTemplate("probe", "{{ func deeper(n); ret deeper(n + 1); end; deeper 1 }}\n");
        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", HostileDossier.BodyLine(), "BRF-TPL-030", "recursive depth limit");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_template_cannot_include_a_template()
    {
        dossier.WriteTemplate("probe", "{{ include \"probe.sbn\" }}\n");
        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", HostileDossier.BodyLine(), "BRF-TPL-030", "only partials");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_partial_including_itself_stops_at_the_recursion_limit()
    {
        Directory.CreateDirectory(Path.Combine(dossier.Templates, "partials"));
        File.WriteAllText(Path.Combine(dossier.Templates, "partials", "_loop.sbn"), "again {{ include \"partials/_loop.sbn\" }}");
        dossier.WriteTemplate("probe", "{{ include \"partials/_loop.sbn\" }}\n");
        HostileAssert.LocatedError(BuildProbe(), "_loop.sbn", 1, "BRF-TPL-030", "recursive depth limit");
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("../../../../etc/passwd", "refused")]
    [InlineData("partials/../../facts.yaml", "refused")]
    [InlineData("/etc/passwd", "refused")]
    [InlineData("partials\\\\..\\\\..\\\\secret", "refused")]
    [InlineData("chronology", "only partials")]
    [InlineData("", "empty")]
    public void An_include_outside_the_templates_folder_is_refused(string target, string message)
    {
        dossier.WriteTemplate("probe", $"{{{{ include \"{target}\" }}}}\n");
        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", HostileDossier.BodyLine(), "BRF-TPL-030", message);
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void An_include_through_a_symbolic_link_is_refused()
    {
        var secret = Path.Combine(dossier.Root, "secret.txt");
        File.WriteAllText(secret, "the deploy key");
        Directory.CreateDirectory(Path.Combine(dossier.Templates, "partials"));
        File.CreateSymbolicLink(Path.Combine(dossier.Templates, "partials", "_innocent.sbn"), secret);
        dossier.WriteTemplate("probe", "{{ include \"partials/_innocent.sbn\" }}\n");

        var run = BuildProbe();

        HostileAssert.LocatedError(run, "probe.sbn", HostileDossier.BodyLine(), "BRF-TPL-030", "symbolic link");
        Assert.DoesNotContain("deploy key", run.Output + run.Error, StringComparison.Ordinal);
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_folder_of_partials_that_is_a_symbolic_link_is_refused()
    {
        var outside = Path.Combine(dossier.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "_part.sbn"), "the deploy key");
        Directory.CreateSymbolicLink(Path.Combine(dossier.Templates, "linked"), outside);
        dossier.WriteTemplate("probe", "{{ include \"linked/_part.sbn\" }}\n");

        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", HostileDossier.BodyLine(), "BRF-TPL-030", "symbolic link");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void Output_over_the_size_limit_is_stopped()
    {
        dossier.WriteTemplate("probe", "{{ for i in 1..10000 }}{{ \"x\" | string.pad_left 1000 }}{{ end }}\n");
        HostileAssert.LocatedError(BuildProbe(), "probe.sbn", HostileDossier.BodyLine(), "BRF-TPL-030", "OutputLimit");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_string_doubled_until_it_would_fill_memory_is_capped()
    {
        dossier.WriteTemplate("probe", "{{ s = \"xxxxxxxxxx\"; for i in 1..40; s = s + s; end; s | string.size }}\n", "[md]");
        var run = BuildProbe();

        // Scriban caps every string conversion at the output limit, so the doubling stops growing there.
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10,000 block quotes", "{{ \"\" | string.pad_left 10000 | string.replace \" \" \">\" | raw_markdown }} deep\n")]
    [InlineData("10,000 emphases", "{{ \"\" | string.pad_left 10000 | string.replace \" \" \"*a \" | raw_markdown }}x{{ \"\" | string.pad_left 10000 | string.replace \" \" \" a*\" | raw_markdown }}\n")]
    [InlineData("300 list levels", "{{ for i in 0..299 }}{{ \"\" | string.pad_left (2 * i) }}- level {{ i }}\n{{ end }}")]
    [InlineData("300 ordered list levels", "{{ for i in 0..299 }}{{ \"\" | string.pad_left (3 * i) }}1. level {{ i }}\n{{ end }}")]
    [InlineData("200 custom containers", "{{ for i in 0..199 }}{{ \"\" | string.pad_left (210 - i) | string.replace \" \" \":\" | raw_markdown }} note\n{{ end }}x\n")]
    public void Markdown_nested_thousands_deep_is_a_located_error_not_a_stack_overflow(string nesting, string body)
    {
        dossier.WriteTemplate("probe", $"{{{{# {nesting} }}}}Before.\n\n" + body);
        var error = HostileAssert.LocatedError(BuildProbe(), "probe.md", null, "BRF-MD-011", "nested too deeply");
        Assert.Contains("probe.sbn", error, StringComparison.Ordinal);
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void Markdown_nested_as_deep_as_allowed_renders_in_both_formats()
    {
        dossier.WriteTemplate("probe", "{{ for i in 1..90 }}>{{ end }} deep\n\n{{ for i in 0..40 }}{{ for j in 0..i }}{{ if j > 0 }}  {{ end }}{{ end }}- level {{ i }}\n{{ end }}");
        var run = BuildProbe();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(dossier.Out, "probe.pdf")));
        Assert.True(File.Exists(Path.Combine(dossier.Out, "probe.docx")));
    }

    [Fact]
    public void Blocks_and_emphasis_each_within_the_parser_limit_but_too_deep_together_are_located()
    {
        // Markdig parses 120 quote levels holding 240 emphasis levels (it limits each kind on its own), but its
        // renderers count them together and would throw: the guard stops it first, at the paragraph.
        dossier.WriteTemplate("probe", Repeat(120, ">") + " " + Repeat(120, "*a **b ") + "x" + Repeat(120, " b** a*") + "\n");
        HostileAssert.LocatedError(BuildProbe(), "probe.md", null, "BRF-MD-011", "more than 100 levels");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void Blocks_tables_footnotes_and_emphasis_nested_just_inside_the_limit_render_in_both_formats()
    {
        var quotes = Repeat(90, ">");
        dossier.WriteTemplate(
            "probe",
            $"{quotes} | a | b |\n{quotes} |---|---|\n{quotes} | {Repeat(2, "*x **y ")}z{Repeat(2, " y** x*")} | [^1] |\n\n" +
            $"[^1]: {Repeat(50, "~~x ")}y{Repeat(50, " x~~")}\n\n- {Repeat(95, "*x ")}z{Repeat(95, " x*")}\n");
        var run = BuildProbe();
        Assert.True(run.ExitCode == 0, run.ToString());
        var problems = DocxChecks.Problems(File.ReadAllBytes(Path.Combine(dossier.Out, "probe.docx")));
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(5)));
    }

    [Fact]
    public void A_table_nested_too_deeply_for_the_parser_is_located_at_its_header()
    {
        // Rows no longer nest in each other (LinearPipeTableParser), but an unclosed bracket still holds every cell after it.
        dossier.WriteTemplate("probe", "Intro.\n\n| A | B |\n|---|---|\n| [open | x |\n{{ \"\" | string.pad_left 1100 | string.replace \" \" \"| *a* **b** ~~c~~ | *d* **e** |\\n\" | raw_markdown }}");
        var error = HostileAssert.LocatedError(BuildProbe(), "probe.md", null, "BRF-MD-010", "1,102 rows × 2 columns");
        Assert.Contains("close the bracket", error, StringComparison.Ordinal);
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_table_with_500_columns_renders()
    {
        dossier.WriteTemplate("probe", "|{{ for i in 1..500 }} h{{ i }} |{{ end }}\n|{{ for i in 1..500 }}---|{{ end }}\n|{{ for i in 1..500 }} c{{ i }} |{{ end }}\n");
        var run = BuildProbe();
        Assert.True(run.ExitCode == 0, run.ToString());
        var pdf = File.ReadAllBytes(Path.Combine(dossier.Out, "probe.pdf"));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 1);

        // The DOCX opens; its validity with 500 columns is the Docx renderer's open bug (docs/reliability.md).
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(File.ReadAllBytes(Path.Combine(dossier.Out, "probe.docx"))), false);
        Assert.NotNull(docx.MainDocumentPart?.Document?.Body);
    }

    [Fact]
    public void A_word_longer_than_the_page_is_broken_and_kept_whole()
    {
        var word = string.Concat(Enumerable.Repeat("Unbreakable", 300));
        dossier.WriteTemplate("probe", $"Start {{{{ \"{word}\" }}}} end.\n\n| A | B |\n|---|---|\n| {{{{ \"{word}\" }}}} | b |\n\n- {{{{ \"{word}\" }}}}\n\n`{{{{ \"{word}\" }}}}`\n");
        var run = BuildProbe();
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(dossier.Out, "probe.pdf")));
        var letters = document.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value).ToArray();

        // Broken across lines and pages (with a hyphen at each break) but never lost: every 'k' of the four
        // copies is on the pages (nothing else on them has a lowercase k).
        Assert.Equal(4 * 300, letters.Count(letter => letter == "k"));
        var docx = File.ReadAllBytes(Path.Combine(dossier.Out, "probe.docx"));
        Assert.Equal(4, CountOf(DocxChecks.BodyText(docx), word));
        var problems = DocxChecks.Problems(docx);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(5)));
    }

    /// <summary>Template code writing <paramref name="text"/> <paramref name="count"/> times as raw Markdown, without spending the loop limit.</summary>
    private static string Repeat(int count, string text) =>
        $"{{{{ \"\" | string.pad_left {count} | string.replace \" \" \"{text}\" | raw_markdown }}}}";

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public void Dispose() => dossier.Dispose();
}
