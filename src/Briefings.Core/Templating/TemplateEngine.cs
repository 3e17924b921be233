using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefings.Core.Build;
using Briefings.Core.Diagnostics;
using Briefings.Core.Facts;
using Briefings.Core.Templating.Functions;
using Briefings.Core.Templating.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Core.Templating;

/// <summary>
/// Renders briefing templates against the facts into Markdown with a YAML front matter and footnotes.
/// Build it once per build: the facts model and the fact lookups are shared, read-only, by every render;
/// each render gets its own sandboxed context, so renders may run in parallel.
/// </summary>
public sealed partial class TemplateEngine
{
    private static readonly HashSet<string> ReservedNames =
        ["con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "manifest"];

    private static readonly ConcurrentDictionary<Type, (MethodInfo Method, string Name)[]> FunctionsOf = new();

    private readonly ScriptObject model;
    private readonly Dossier dossier;
    private readonly FactFunctions factFunctions;
    private readonly SandboxedTemplateLoader loader;
    private readonly TemplateLimits limits;

    // The functions that hold no per-render state, imported once: building a Scriban function from a method
    // (reflection, a delegate type, a wrapper) cost more than rendering a one-page briefing's own template.
    private readonly ScriptObject sharedFunctions;

    public TemplateEngine(string templatesDirectory, FactBase facts, TemplateLimits? limits = null)
    {
        TemplatesDirectory = Path.GetFullPath(templatesDirectory);
        model = TemplateModelBuilder.Build(facts);
        dossier = facts.Dossier;
        factFunctions = new FactFunctions(model, facts);
        loader = new SandboxedTemplateLoader(TemplatesDirectory);
        var factCount = facts.Events.Count + facts.Agreements.Count + facts.Positions.Count + facts.Sources.Count;
        this.limits = limits ?? TemplateLimits.ForFactCount(factCount);
        sharedFunctions = new ScriptObject();
        Register(sharedFunctions, new DateFunctions());
        Register(sharedFunctions, new MarkdownFunctions());
        Register(sharedFunctions, new TextFunctions());
        Register(sharedFunctions, new FieldLabelFunctions());
        Register(sharedFunctions, factFunctions);
    }

    public string TemplatesDirectory { get; }

    /// <summary>The partials loaded by renders so far (absolute paths).</summary>
    public IReadOnlyCollection<string> LoadedPartials => loader.LoadedPaths;

    /// <summary>Loads every <c>*.sbn</c> at the top of the templates folder (partials live in subfolders). All errors at once.</summary>
    public static IReadOnlyList<TemplateDefinition> LoadTemplates(string templatesDirectory)
    {
        if (!Directory.Exists(templatesDirectory))
        {
            throw new BriefingsException(Diagnostic.Error("BRF-TPL-020", "templates folder not found", new SourceLocation(templatesDirectory, 0, 0)));
        }

        var templates = new List<TemplateDefinition>();
        var diagnostics = new List<Diagnostic>();
        foreach (var path in Directory.GetFiles(templatesDirectory, "*.sbn").Order(StringComparer.Ordinal))
        {
            try
            {
                templates.Add(TemplateParser.Parse(File.ReadAllText(path), path));
            }
            catch (BriefingsException exception)
            {
                diagnostics.AddRange(exception.Diagnostics);
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new BriefingsException(diagnostics);
        }

        return templates;
    }

    /// <summary>The outputs a template produces: one, or one per item of its <c>for_each</c> collection.</summary>
    public IReadOnlyList<PlannedBriefing> Plan(TemplateDefinition template, IReadOnlyDictionary<string, string> parameters)
    {
        var resolved = ResolveParameters(template, parameters);
        if (template.ForEach is null)
        {
            return [new PlannedBriefing(template, template.Id, null, resolved)];
        }

        if (!model.TryGetValue(template.ForEach, out var collection) || collection is not ScriptArray items)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-TPL-021", $"for_each names '{template.ForEach}', which is not a fact collection", new SourceLocation(template.Path, 2, 1)));
        }

        var planned = new List<PlannedBriefing>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.OfType<ScriptObject>())
        {
            var name = RenderPlain(template.OutputName!, template, item, resolved).Trim();
            if (!OutputNamePattern().IsMatch(name) || ReservedNames.Contains(name.Split('.')[0]))
            {
                throw new BriefingsException(Diagnostic.Error("BRF-TPL-022", $"output name '{name}' is not allowed: use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit (no paths, no reserved device names)", new SourceLocation(template.Path, 2, 1)));
            }

            if (!seen.Add(name))
            {
                throw new BriefingsException(Diagnostic.Error("BRF-TPL-023", $"two items of '{template.ForEach}' give the same output name '{name}'", new SourceLocation(template.Path, 2, 1)));
            }

            planned.Add(new PlannedBriefing(template, $"{template.Id}/{name}", item, resolved));
        }

        return planned;
    }

    /// <summary>Renders one planned briefing to Markdown: front matter, body, footnote definitions.</summary>
    public string Render(PlannedBriefing planned)
    {
        var template = planned.Template;
        var footnotes = new FootnoteRegistry();
        var context = CreateContext(escape: true, template, planned.Item, planned.Parameters, footnotes);
        var body = Run(template.Body, context, template);
        var frontMatter = new StringBuilder(1024);
        WriteFrontMatter(frontMatter, planned);
        var definitions = new StringBuilder();
        footnotes.AppendDefinitions(definitions);

        // Assembled in one string: a long chronology's body is megabytes, and a trimmed copy of it, a builder of its
        // size and that builder's string would each be another copy on the large-object heap.
        var trimmed = body.AsSpan().TrimEnd().Length;
        return string.Create(frontMatter.Length + trimmed + 1 + definitions.Length, (frontMatter, body, trimmed, definitions), static (markdown, parts) =>
        {
            parts.frontMatter.CopyTo(0, markdown, parts.frontMatter.Length);
            var rest = markdown[parts.frontMatter.Length..];
            parts.body.AsSpan(0, parts.trimmed).CopyTo(rest);
            rest[parts.trimmed] = '\n';
            parts.definitions.CopyTo(0, rest[(parts.trimmed + 1)..], parts.definitions.Length);
        });
    }

    private void WriteFrontMatter(StringBuilder markdown, PlannedBriefing planned)
    {
        var template = planned.Template;
        markdown.Append("---\n");
        Field(markdown, "title", RenderPlain(template.Document.Title, template, planned.Item, planned.Parameters).Trim());
        if (template.Document.Subtitle is { } subtitle)
        {
            Field(markdown, "subtitle", RenderPlain(subtitle, template, planned.Item, planned.Parameters).Trim());
        }

        Field(markdown, "dossier", dossier.Title);
        Field(markdown, "as_of", dossier.AsOf.Format());
        Field(markdown, "date", dossier.AsOf.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(markdown, "classification", dossier.Classification);
        Field(markdown, "author", dossier.Author);
        Field(markdown, "subject", dossier.Subject);
        markdown.Append("keywords: ").Append(JsonSerializer.Serialize(dossier.Keywords, BriefingsJsonContext.FrontMatter.IReadOnlyListString)).Append('\n');
        markdown.Append("toc: ").Append(template.Document.TableOfContents ? "true" : "false").Append('\n');
        markdown.Append("---\n\n");
    }

    // A JSON string is a valid YAML double-quoted scalar, so any text is safe in the front matter.
    private static void Field(StringBuilder markdown, string key, string value) =>
        markdown.Append(key).Append(": ").Append(JsonSerializer.Serialize(value, BriefingsJsonContext.FrontMatter.String)).Append('\n');

    private string RenderPlain(Template text, TemplateDefinition template, ScriptObject? item, IReadOnlyDictionary<string, string> parameters)
    {
        var context = CreateContext(escape: false, template, item, parameters, new FootnoteRegistry());
        return Run(text, context, template);
    }

    private string Run(Template text, MarkdownTemplateContext context, TemplateDefinition template)
    {
        using var timeout = new CancellationTokenSource(limits.Timeout);
        context.CancellationToken = timeout.Token;
        try
        {
            return text.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new BriefingsException(ToDiagnostic(exception, template));
        }
        catch (OperationCanceledException)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-TPL-031", $"the template ran longer than {limits.Timeout.TotalSeconds:0} s and was stopped", new SourceLocation(template.Path, 1, 1)));
        }
    }

    private static Diagnostic ToDiagnostic(ScriptRuntimeException exception, TemplateDefinition template)
    {
        var span = exception.Span;
        var file = string.IsNullOrEmpty(span.FileName) ? template.Path : span.FileName;
        var offset = file == template.Path ? template.BodyLineOffset : 0;
        return Diagnostic.Error("BRF-TPL-030", exception.OriginalMessage, new SourceLocation(file, span.Start.Line + 1 + offset, span.Start.Column + 1));
    }

    private MarkdownTemplateContext CreateContext(bool escape, TemplateDefinition template, ScriptObject? item, IReadOnlyDictionary<string, string> parameters, FootnoteRegistry footnotes)
    {
        var context = new MarkdownTemplateContext(escape)
        {
            TemplateLoader = loader,
            LoopLimit = limits.LoopLimit,
            RecursiveLimit = limits.RecursionLimit,
            OutputLimit = limits.OutputLimit,
            LimitToString = limits.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };

        var builtins = new ScriptObject();
        var citations = new CitationFunctions(factFunctions, footnotes);
        foreach (var (key, value) in sharedFunctions)
        {
            builtins.Add(key, value);
        }

        Register(builtins, citations);
        Register(builtins, new DiscrepancyFunctions(factFunctions, citations, footnotes));
        foreach (var (key, value) in model)
        {
            builtins.Add(key, value);
        }

        var parameterObject = new ScriptObject();
        foreach (var (key, value) in parameters)
        {
            parameterObject.Add(key, value);
        }

        parameterObject.IsReadOnly = true;
        builtins.Add("params", parameterObject);
        builtins.Add("template", TemplateInfo(template));
        if (item is not null)
        {
            builtins.Add("item", item);
        }

        builtins.IsReadOnly = true;
        context.PushGlobal(builtins);
        context.PushGlobal(new ScriptObject());
        return context;
    }

    private static ScriptObject TemplateInfo(TemplateDefinition template)
    {
        var info = new ScriptObject
        {
            { "id", template.Id },
            { "title", template.Title },
            { "description", template.Description },
            { "page_budget", template.PageBudget },
        };
        info.IsReadOnly = true;
        return info;
    }

    private static Dictionary<string, string> ResolveParameters(TemplateDefinition template, IReadOnlyDictionary<string, string> given)
    {
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, parameter) in template.Parameters)
        {
            var value = given.TryGetValue(name, out var provided) ? provided : parameter.Default;
            if (parameter.Allowed.Count > 0 && !parameter.Allowed.Contains(value))
            {
                throw new BriefingsException(Diagnostic.Error("BRF-TPL-024", $"parameter '{name}' of template '{template.Id}' must be one of {string.Join(", ", parameter.Allowed)}, not '{value}'", new SourceLocation(template.Path, 2, 1)));
            }

            resolved[name] = value;
        }

        return resolved;
    }

    /// <summary>Adds every <see cref="TemplateFunctionAttribute"/> method of an instance under its template name.</summary>
    internal static void Register(ScriptObject target, object functions)
    {
        // Wrapped from the method itself rather than through a delegate: a delegate type made at run time
        // (Func<int, string, string, string>) does not exist in a native build.
        foreach (var (method, name) in FunctionsOf.GetOrAdd(functions.GetType(), type => [.. FunctionMethods(type)]))
        {
            target.SetValue(name, DynamicCustomFunction.Create(functions, method), readOnly: true);
        }
    }

    internal static IEnumerable<(MethodInfo Method, string Name)> FunctionMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(method => (Method: method, Attribute: method.GetCustomAttribute<TemplateFunctionAttribute>()))
            .Where(pair => pair.Attribute is not null)
            .Select(pair => (pair.Method, pair.Attribute!.Name));

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")]
    private static partial Regex OutputNamePattern();
}
