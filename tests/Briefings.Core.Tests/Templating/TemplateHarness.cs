using Briefings.Core.Facts;
using Briefings.Core.Templating;
using Briefings.Testing;
using Xunit;

namespace Briefings.Core.Tests.Templating;

/// <summary>Loads a dossier and renders templates against it, for the template tests.</summary>
internal static class TemplateHarness
{
    public static string RiverDossier => ScratchDossier.RiverDossier;

    public static string SeedsFacts => Path.Combine(RepoPaths.Seeds, "facts.yaml");

    public static FactBase LoadFacts(string path)
    {
        var result = FactBaseLoader.Load(path);
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Facts!;
    }

    /// <summary>Renders every output of one shipped template; returns (output name, Markdown) pairs.</summary>
    public static IReadOnlyList<(string Name, string Markdown)> RenderShipped(string templateId, string factsPath, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var engine = new TemplateEngine(RepoPaths.Templates, LoadFacts(factsPath));
        var template = TemplateEngine.LoadTemplates(RepoPaths.Templates).Single(candidate => candidate.Id == templateId);
        return engine.Plan(template, parameters ?? new Dictionary<string, string>())
            .Select(planned => (planned.Name, engine.Render(planned)))
            .ToArray();
    }

    /// <summary>Renders a template written in the test, in a scratch templates folder, against a dossier.</summary>
    public static string RenderInline(string body, string factsPath, IReadOnlyDictionary<string, string>? files = null)
    {
        var folder = Directory.CreateTempSubdirectory("briefings-templates-");
        try
        {
            foreach (var (name, text) in files ?? new Dictionary<string, string>())
            {
                var path = Path.Combine(folder.FullName, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            var templatePath = Path.Combine(folder.FullName, "inline.sbn");
            File.WriteAllText(templatePath, "---\nid: inline\ntitle: Inline\ndescription: A test template\ndocument:\n  title: Inline\n---\n" + body);
            var engine = new TemplateEngine(folder.FullName, LoadFacts(factsPath));
            var template = TemplateEngine.LoadTemplates(folder.FullName).Single();
            return engine.Render(engine.Plan(template, new Dictionary<string, string>()).Single());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The body of rendered Markdown: without the front matter, which every test would otherwise repeat.</summary>
    public static string Body(string markdown) => markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..].Trim();
}
