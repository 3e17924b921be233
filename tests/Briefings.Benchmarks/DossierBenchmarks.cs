using BenchmarkDotNet.Attributes;
using Briefings.Core.Facts;
using Briefings.Core.Rendering;
using Briefings.Core.Templating;
using Briefings.Docx;
using Briefings.Pdf;

namespace Briefings.Benchmarks;

/// <summary>
/// Warm, in-process costs of the shipped dossier's work: loading and checking the facts, one treaty summary
/// (template to Markdown, Markdown to syntax tree, tree to PDF and to DOCX) and the full chronology.
/// Renderers are created once, as the build does, so font loading is not in the per-document numbers.
/// </summary>
[MemoryDiagnoser]
public class DossierBenchmarks
{
    /// <summary>The treaty summary benchmarked: the 1956 Joint Declaration, the dossier's fullest one-pager.</summary>
    private const string TreatyItem = "joint-declaration-1956";

    private DossierFixture fixture = null!;
    private PlannedBriefing treaty = null!;
    private PlannedBriefing chronology = null!;
    private string treatyMarkdown = null!;
    private BriefingDocument treatyDocument = null!;
    private BriefingDocument chronologyDocument = null!;
    private PdfBriefingRenderer pdf = null!;
    private DocxBriefingRenderer docx = null!;

    [GlobalSetup]
    public void Setup()
    {
        fixture = new DossierFixture(RepoLocator.Seeds, RepoLocator.Templates);
        treaty = fixture.Plan("treaty-summary", TreatyItem);
        chronology = fixture.Plan("chronology");
        treatyMarkdown = fixture.Engine.Render(treaty);
        treatyDocument = DossierFixture.Parse(treaty.Name, treatyMarkdown, fixture.Inputs.Theme);
        chronologyDocument = fixture.Document(chronology);
        pdf = new PdfBriefingRenderer();
        docx = new DocxBriefingRenderer();
        pdf.Render(treatyDocument);
        docx.Render(treatyDocument);
    }

    [Benchmark(Description = "facts: load + check")]
    public FactCheckReport LoadAndCheckFacts() => FactChecker.Check(fixture.FactsPath);

    [Benchmark(Description = "treaty summary: template -> Markdown")]
    public string TreatySummaryMarkdown() => fixture.Engine.Render(treaty);

    [Benchmark(Description = "treaty summary: Markdown -> syntax tree")]
    public BriefingDocument TreatySummaryParse() => DossierFixture.Parse(treaty.Name, treatyMarkdown, fixture.Inputs.Theme);

    [Benchmark(Description = "treaty summary: tree -> PDF")]
    public RenderedOutput TreatySummaryPdf() => pdf.Render(treatyDocument);

    [Benchmark(Description = "treaty summary: tree -> DOCX")]
    public RenderedOutput TreatySummaryDocx() => docx.Render(treatyDocument);

    [Benchmark(Description = "chronology: template -> Markdown")]
    public string ChronologyMarkdown() => fixture.Engine.Render(chronology);

    [Benchmark(Description = "chronology: tree -> PDF")]
    public RenderedOutput ChronologyPdf() => pdf.Render(chronologyDocument);

    [Benchmark(Description = "chronology: tree -> DOCX")]
    public RenderedOutput ChronologyDocx() => docx.Render(chronologyDocument);
}
