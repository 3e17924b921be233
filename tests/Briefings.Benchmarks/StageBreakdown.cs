using Briefings.Core.Build;
using Briefings.Core.Facts;
using Briefings.Core.Templating;
using Briefings.Docx;
using Briefings.Pdf;

namespace Briefings.Benchmarks;

/// <summary>
/// <c>breakdown</c>: where the time of one briefing goes, stage by stage, in one process: the first run pays
/// for JIT and font loading (what a cold CLI run pays), later runs are warm.
/// </summary>
internal static class StageBreakdown
{
    public static int Run(string[] args)
    {
        var seeds = Option(args, "--seeds") ?? RepoLocator.Seeds;
        var templates = Option(args, "--templates") ?? RepoLocator.Templates;
        var templateId = Option(args, "--template") ?? "chronology";
        var item = Option(args, "--item");
        var runs = int.Parse(Option(args, "--runs") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        var formats = (Option(args, "--formats") ?? "pdf,docx").Split(',');

        var timer = new StageTimer();
        var pdf = new PdfBriefingRenderer();
        var docx = new DocxBriefingRenderer();
        var probe = new PdfStageProbe();
        for (var run = 1; run <= runs; run++)
        {
            var name = run == 1 ? "1 (cold)" : run.ToString(System.Globalization.CultureInfo.InvariantCulture);
            timer.Time(name, "facts: load + verify quotes", () => FactBaseLoader.Load(Path.Combine(seeds, BuildInputs.FactsFileName)));
            var inputs = timer.Time(name, "inputs: facts + theme + templates + hashes", () => BuildInputs.Load(seeds, templates));
            timer.Time(name, "facts: derived (discrepancies, date order, citations)", () => (inputs.Facts.Discrepancies.Count, inputs.Facts.EventsByDate.Count, inputs.Facts.AllCitations().Count));
            timer.Time(name, "template model (facts -> Scriban objects)", () => Core.Templating.Model.TemplateModelBuilder.Build(inputs.Facts));
            var engine = timer.Time(name, "template engine (model, lookups, functions)", () => new TemplateEngine(templates, inputs.Facts));
            var template = inputs.Templates.First(candidate => candidate.Id == templateId);
            var planned = timer.Time(name, "plan", () => engine.Plan(template, new Dictionary<string, string>()));
            var job = item is null ? planned[0] : planned.First(candidate => candidate.Name.EndsWith("/" + item, StringComparison.Ordinal));
            var markdown = timer.Time(name, "template -> Markdown", () => engine.Render(job));
            var document = timer.Time(name, "Markdown -> Markdig tree", () => DossierFixture.Parse(job.Name, markdown, inputs.Theme));
            if (formats.Contains("pdf"))
            {
                var output = timer.Time(name, "pdf: PdfBriefingRenderer.Render", () => pdf.Render(document));
                if (run == 1)
                {
                    Console.Error.WriteLine($"{job.Name}: {markdown.Length:N0} chars of Markdown, {output.PageCount} PDF pages, {output.Content.Length:N0} bytes");
                }

                probe.Run(timer, name, document);
            }

            if (formats.Contains("docx"))
            {
                var output = timer.Time(name, "docx: DocxBriefingRenderer.Render", () => docx.Render(document));
                if (run == 1)
                {
                    Console.Error.WriteLine($"{job.Name}: {output.Content.Length:N0} bytes of DOCX");
                }
            }
        }

        timer.Write(Console.Out);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
