using Briefings.Core.Build;
using Briefings.Core.Markdown;
using Briefings.Core.Rendering;
using Briefings.Core.Templating;

namespace Briefings.Benchmarks;

/// <summary>
/// A dossier loaded the way the build loads it (facts, theme, templates, one template engine), with helpers to
/// render one planned briefing to Markdown and to the document the renderers take.
/// </summary>
internal sealed class DossierFixture
{
    public DossierFixture(string seedsDirectory, string templatesDirectory)
    {
        SeedsDirectory = seedsDirectory;
        TemplatesDirectory = templatesDirectory;
        Inputs = BuildInputs.Load(seedsDirectory, templatesDirectory);
        Engine = new TemplateEngine(templatesDirectory, Inputs.Facts);
    }

    public string SeedsDirectory { get; }

    public string TemplatesDirectory { get; }

    public string FactsPath => Path.Combine(SeedsDirectory, BuildInputs.FactsFileName);

    public BuildInputs Inputs { get; }

    public TemplateEngine Engine { get; }

    /// <summary>The briefing a template produces; for a fan-out template, the one for <paramref name="item"/> (or the first).</summary>
    public PlannedBriefing Plan(string templateId, string? item = null)
    {
        var template = Inputs.Templates.FirstOrDefault(candidate => candidate.Id == templateId)
            ?? throw new ArgumentException($"no template '{templateId}' in {TemplatesDirectory}", nameof(templateId));
        var planned = Engine.Plan(template, new Dictionary<string, string>());
        return item is null
            ? planned[0]
            : planned.FirstOrDefault(candidate => candidate.Name.EndsWith("/" + item, StringComparison.Ordinal)) ?? planned[0];
    }

    public static BriefingDocument Parse(string name, string markdown, Core.Themes.Theme theme)
    {
        var syntax = BriefingMarkdown.Parse(markdown);
        return new BriefingDocument(name, markdown, syntax, DocumentInfoReader.Read(syntax, markdown, name + ".md"), theme);
    }

    public BriefingDocument Document(PlannedBriefing planned) => Parse(planned.Name, Engine.Render(planned), Inputs.Theme);
}
