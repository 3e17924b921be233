using Briefings.Core.Diagnostics;
using Briefings.Core.Facts;
using Briefings.Core.Rendering;
using Briefings.Core.Themes;
using Briefings.Docx;
using Briefings.Pdf;
using Briefings.Testing;
using FsCheck;
using FsCheck.Fluent;
using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// Property-based fuzzing of the three places hostile input meets code: the facts loader, the Markdown → PDF
/// path and the DOCX writer. A failure prints the input that caused it; such inputs are kept as fixed cases in
/// <see cref="FuzzRegressionTests"/>. Scale a longer campaign with <c>BRIEFINGS_FUZZ_SCALE</c>.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly Lazy<Theme> LazyTheme = new(() => ThemeLoader.Load(RepoPaths.Theme));

    private readonly DirectoryInfo scratch = Directory.CreateTempSubdirectory("briefings-fuzz-");
    private readonly string original = File.ReadAllText(Briefings.Testing.ScratchDossier.RiverDossier);

    public FuzzTests()
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Briefings.Testing.ScratchDossier.RiverDossier)!))
        {
            File.Copy(file, Path.Combine(scratch.FullName, Path.GetFileName(file)));
        }
    }

    private string FactsPath => Path.Combine(scratch.FullName, "facts.yaml");

    [Fact]
    public void The_facts_loader_gives_facts_or_located_errors_whatever_the_damage() =>
        FuzzBudget.Check(Prop.ForAll(FactsMutation.Several.Select(mutate => mutate(original)).ToArbitrary(), LoadsOrLocates), cases: 40);

    [Fact]
    public void Any_dialect_markdown_renders_to_a_pdf_pdfpig_opens() =>
        FuzzBudget.Check(Prop.ForAll(DialectMarkdown.Document.ToArbitrary(), markdown => RendersPdf(markdown)), cases: 8);

    [Fact]
    public void Any_dialect_markdown_renders_to_a_valid_docx() =>
        FuzzBudget.Check(Prop.ForAll(DialectMarkdown.Document.ToArbitrary(), markdown => RendersValidDocx(markdown)), cases: 15);

    public void Dispose() => scratch.Delete(recursive: true);

    /// <summary>Never an exception; either facts (possibly with errors about some records) or errors, each located in facts.yaml.</summary>
    internal bool LoadsOrLocates(string yaml)
    {
        File.WriteAllText(FactsPath, yaml);
        var result = FactBaseLoader.Load(FactsPath);
        if (result.Facts is null && !result.HasErrors)
        {
            throw new InvalidOperationException("no facts and no error");
        }

        foreach (var error in result.Errors)
        {
            if (error.Location is not { } location || location.Line < 1 || location.Column < 1 || !location.File.EndsWith(".yaml", StringComparison.Ordinal) && !location.File.EndsWith(".txt", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"an error without a location in the facts: {error}");
            }
        }

        return true;
    }

    internal static bool RendersPdf(string markdown)
    {
        if (Document(markdown) is not { } document)
        {
            return true;
        }

        RenderedOutput output;
        try
        {
            output = new PdfBriefingRenderer().Render(document);
        }
        catch (BriefingsException)
        {
            // A refusal with a message (e.g. a block that cannot fit a page) is a handled outcome.
            return true;
        }

        using var pdf = PdfDocument.Open(output.Content);
        return pdf.NumberOfPages == output.PageCount && pdf.GetPages().All(page => page.Text is not null);
    }

    internal static bool RendersValidDocx(string markdown)
    {
        if (Document(markdown) is not { } document)
        {
            return true;
        }

        RenderedOutput output;
        try
        {
            output = new DocxBriefingRenderer().Render(document);
        }
        catch (BriefingsException)
        {
            return true;
        }

        var problems = DocxChecks.Problems(output.Content);
        return problems.Count == 0 ? true : throw new InvalidOperationException(string.Join('\n', problems.Take(5)));
    }

    /// <summary>The document, or null when the guarded parse refuses it with a located error (also a handled outcome).</summary>
    private static BriefingDocument? Document(string markdown)
    {
        try
        {
            var syntax = GuardedMarkdown.Parse(markdown, "fuzz");
            return new BriefingDocument("fuzz", markdown, syntax, DocumentInfoReader.Read(syntax, markdown, "fuzz.md"), LazyTheme.Value);
        }
        catch (BriefingsException exception) when (exception.Diagnostics.All(diagnostic => diagnostic.Location is not null))
        {
            return null;
        }
    }
}
