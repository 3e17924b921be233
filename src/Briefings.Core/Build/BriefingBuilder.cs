using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Briefings.Core.Diagnostics;
using Briefings.Core.Rendering;
using Briefings.Core.Templating;

namespace Briefings.Core.Build;

/// <summary>
/// The build: facts + templates → Markdown → every requested format, into the out folder.
/// Everything is rendered in memory first; only when every output succeeded are files replaced, each
/// atomically, so a content error never leaves <c>out/</c> half old, half new. Outputs whose inputs did
/// not change are not rendered again. Parallel across documents; the bytes never depend on the order.
/// </summary>
public sealed class BriefingBuilder
{
    private const string MarkdownFormat = "md";

    private readonly Dictionary<string, IBriefingRenderer> renderers;
    private readonly string codeIdentity;

    public BriefingBuilder(IEnumerable<IBriefingRenderer> renderers)
    {
        this.renderers = renderers.Append(new MarkdownRenderer()).ToDictionary(renderer => renderer.Format, StringComparer.Ordinal);
        codeIdentity = CodeIdentity(this.renderers.Values);
    }

    public IReadOnlyCollection<string> Formats => renderers.Keys;

    /// <param name="onOutput">Called as each output finishes (from worker threads), for progress display.</param>
    public BuildReport Run(BuildOptions options, Action<OutputResult>? onOutput = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = new ConcurrentBag<(int Index, Diagnostic Diagnostic)>();
        var prepared = Prepare(options, errors);
        CollectWhatPreparingLeft(prepared);
        var templates = prepared.Templates;
        var manifestPath = Path.Combine(options.OutDirectory, BuildManifest.FileName);

        // Held from reading the previous manifest to the last rename, so that what this build decides is
        // unchanged is still unchanged when it writes (see OutFolderLock).
        using var outLock = options.Mode == BuildMode.Write ? OutFolderLock.Acquire(options.OutDirectory) : null;
        var previous = BuildManifest.TryRead(manifestPath);
        var previousByPath = previous?.Outputs.ToDictionary(output => output.Path, StringComparer.Ordinal) ?? [];

        var jobs = prepared.Jobs;
        var rendered = new RenderedJob[jobs.Length];
        Parallel.For(0, jobs.Length, Parallelism(options), index =>
        {
            if (jobs[index] is not { } job)
            {
                return;
            }

            try
            {
                rendered[index] = RenderJob(job, prepared.Theme, options, prepared.Shared, previousByPath);
                foreach (var output in rendered[index].Outputs)
                {
                    onOutput?.Invoke(output.Result);
                }
            }
            catch (BriefingsException exception)
            {
                foreach (var diagnostic in exception.Diagnostics)
                {
                    errors.Add((index, diagnostic));
                }
            }
        });

        if (!errors.IsEmpty)
        {
            throw new BriefingsException(errors.OrderBy(error => error.Index).Select(error => error.Diagnostic).ToArray());
        }

        var outputs = rendered.SelectMany(job => job.Outputs).ToArray();
        var warnings = prepared.Warnings.Concat(rendered.SelectMany(job => job.Warnings)).ToArray();
        var selected = new HashSet<string>(templates.Select(template => template.Id), StringComparer.Ordinal);
        var produced = outputs.Select(output => output.Result.Path).ToHashSet(StringComparer.Ordinal);
        var obsolete = previousByPath.Values
            .Where(entry => selected.Contains(entry.Template) && !produced.Contains(entry.Path) && FormatSelected(entry, templates, options))
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .ToArray();
        var manifest = new BuildManifest(
            prepared.ToolVersion,
            prepared.Hashes,
            previousByPath.Values
                .Where(entry => !produced.Contains(entry.Path) && !obsolete.Contains(entry))
                .Concat(outputs.Select(output => output.Entry))
                .OrderBy(entry => entry.Path, StringComparer.Ordinal)
                .ToArray());

        var results = options.Mode switch
        {
            BuildMode.Write => Write(options.OutDirectory, outputs, obsolete, manifest, outLock!),
            BuildMode.Verify => Verify(options.OutDirectory, outputs, obsolete),
            _ => outputs.Select(output => output.Result).ToArray(),
        };

        return new BuildReport(options.Mode, results.OrderBy(result => result.Path, StringComparer.Ordinal).ToArray(), warnings, stopwatch.Elapsed);
    }

    private static ParallelOptions Parallelism(BuildOptions options) => new() { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) };

    /// <summary>
    /// Loads and checks the inputs, plans the outputs and renders every briefing to Markdown (in parallel), collecting
    /// template errors by plan index. The facts, the template model and the engine live only here: rendering a long
    /// briefing to PDF or Word is where a build's memory goes, and they are not needed for it.
    /// </summary>
    private PreparedBuild Prepare(BuildOptions options, ConcurrentBag<(int Index, Diagnostic Diagnostic)> errors)
    {
        var inputs = BuildInputs.Load(options.SeedsDirectory, options.TemplatesDirectory);
        var theme = options.PdfA is { } pdfA ? inputs.Theme with { PdfA = pdfA } : inputs.Theme;
        var templates = SelectTemplates(inputs.Templates, options);
        CheckParameters(templates, options.Parameters);

        var engine = new TemplateEngine(options.TemplatesDirectory, inputs.Facts);
        var planned = templates.SelectMany(template => engine.Plan(template, options.Parameters)).ToArray();
        var jobs = new MarkdownJob?[planned.Length];
        Parallel.For(0, planned.Length, Parallelism(options), index =>
        {
            var stopwatch = Stopwatch.StartNew();
            var job = planned[index];
            try
            {
                jobs[index] = new MarkdownJob(job.Name, job.Template, job.Item?["id"]?.ToString(), job.Parameters, engine.Render(job), stopwatch.Elapsed);
            }
            catch (BriefingsException exception)
            {
                foreach (var diagnostic in exception.Diagnostics)
                {
                    errors.Add((index, diagnostic));
                }
            }
        });

        var shared = inputs.SharedFingerprint() + codeIdentity + (theme.PdfA ? "\npdfa" : string.Empty);
        return new PreparedBuild(theme, templates, inputs.Hashes, inputs.ToolVersion, inputs.Warnings, shared, jobs);
    }

    /// <summary>
    /// Once a long dossier is Markdown, the facts and the template model it let go of (tens of megabytes that lived
    /// through the whole preparation, so in the oldest generation, which the collector seldom visits) would stay
    /// beside the outputs while they render and set the build's peak of memory. One full, compacting collection here
    /// frees that memory for the render before the long part starts (10,010-event chronology to PDF: 367 -> 299 MB
    /// peak). A build whose Markdown is short (the shipped dossier's is 142,000 characters) does not pay for it. A
    /// forced collection rather than an aggressive one: the aggressive mode also hands the freed memory back to the
    /// system, and the render then takes it back, faulting the same pages in again (10,010-event PDF: 108,000 ->
    /// 65,000 page faults; PDF 0.975x, DOCX 0.944x the time; peaks within 5 MB).
    /// </summary>
    private static void CollectWhatPreparingLeft(PreparedBuild prepared)
    {
        const long LongMarkdown = 1_000_000;
        if (prepared.Jobs.Sum(job => (long)(job?.Markdown.Length ?? 0)) > LongMarkdown)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    private RenderedJob RenderJob(MarkdownJob job, Themes.Theme theme, BuildOptions options, string shared, Dictionary<string, ManifestOutput> previous)
    {
        var stopwatch = Stopwatch.StartNew();
        var markdown = job.Markdown;
        var markdownHash = BuildInputs.Sha256(markdown);
        BriefingDocument? document = null;
        BriefingDocument Document() => document ??= Parse(job, markdown, theme);

        var outputs = new List<JobOutput>();
        var warnings = new List<Diagnostic>();
        int? pdfPages = null;
        var item = job.Item;
        foreach (var format in options.Formats ?? job.Template.Formats)
        {
            var path = $"{job.Name}.{format}";
            var fingerprint = Fingerprint(markdownHash, format, shared);
            ManifestOutput entry;
            byte[]? content = null;
            OutputStatus status;
            if (options.Mode == BuildMode.Write && !options.Force
                && previous.TryGetValue(path, out var earlier) && earlier.Fingerprint == fingerprint
                && FileHasHash(Path.Combine(options.OutDirectory, path), earlier.Sha256))
            {
                entry = earlier;
                status = OutputStatus.Unchanged;
            }
            else
            {
                // The Markdown output is the text itself: parsing it into a tree it does not use would cost
                // more than rendering it (and a large chronology's tables are slow to parse).
                var output = format == MarkdownFormat ? MarkdownOutput(markdown) : renderers[format].Render(Document());
                warnings.AddRange(output.Diagnostics);
                content = output.Content;
                entry = new ManifestOutput(path, job.Template.Id, item, format, job.Parameters, output.PageCount, content.LongLength,
                    BuildInputs.Sha256(content), markdownHash, job.Template.Hash, fingerprint);
                status = options.Mode == BuildMode.Write ? OutputStatus.Written : OutputStatus.Current;
            }

            if (format == "pdf")
            {
                pdfPages = entry.Pages;
            }

            outputs.Add(new JobOutput(entry, content, new OutputResult(path, job.Template.Id, item, format, entry.Pages, entry.Bytes, entry.Sha256, fingerprint, status, job.Elapsed + stopwatch.Elapsed, job.Parameters)));
        }

        if (job.Template.PageBudget is { } budget)
        {
            pdfPages ??= PagesOfUnchangedPdf(job, markdownHash, shared, options, previous)
                ?? (renderers.TryGetValue("pdf", out var pdf) ? pdf.Render(Document()).PageCount : null);
            if (pdfPages > budget)
            {
                throw new BriefingsException(Diagnostic.Error(
                    "BRF-BUILD-010",
                    $"{job.Name} takes {pdfPages} pages but its template's page_budget is {budget}: {pdfPages - budget} page(s) over. Shorten what the template shows for this item, or raise page_budget.",
                    new SourceLocation(job.Template.Path, 1, 1)));
            }
        }

        return new RenderedJob(outputs, warnings);
    }

    /// <summary>What an output is rebuilt on: its Markdown, its format, and everything shared (theme, fonts, code).</summary>
    private static string Fingerprint(string markdownHash, string format, string shared) =>
        BuildInputs.Sha256($"{markdownHash}\n{format}\n{shared}");

    /// <summary>
    /// The page count of this briefing's PDF when an earlier build wrote it from the same Markdown, theme, fonts
    /// and code and the file is still that PDF: a build without the PDF format (docx only) then checks the page
    /// budget without laying the document out again. Null when there is no such PDF, or under --force.
    /// </summary>
    private static int? PagesOfUnchangedPdf(MarkdownJob job, string markdownHash, string shared, BuildOptions options, Dictionary<string, ManifestOutput> previous) =>
        !options.Force
        && previous.TryGetValue($"{job.Name}.pdf", out var earlier)
        && earlier.Fingerprint == Fingerprint(markdownHash, "pdf", shared)
        && FileHasHash(Path.Combine(options.OutDirectory, earlier.Path), earlier.Sha256)
            ? earlier.Pages
            : null;

    private static BriefingDocument Parse(MarkdownJob job, string markdown, Themes.Theme theme)
    {
        // Markdig refuses input nested deeper than its limit, and a pipe table's cells count towards it, so
        // a table of about 5,000 cells reaches it (Markdig 1.6): the guard names the table or the line, and
        // here the template that wrote it, rather than crash.
        Markdig.Syntax.MarkdownDocument syntax;
        try
        {
            syntax = GuardedMarkdown.Parse(markdown, job.Name);
        }
        catch (BriefingsException exception)
        {
            throw new BriefingsException(exception.Diagnostics
                .Select(diagnostic => diagnostic with { Message = $"{diagnostic.Message} (Markdown written by {job.Template.Path}; build it with --format md to read it)" })
                .ToArray());
        }

        return new BriefingDocument(job.Name, markdown, syntax, DocumentInfoReader.Read(syntax, markdown, job.Name + ".md"), theme);
    }

    private static RenderedOutput MarkdownOutput(string markdown) => new(new UTF8Encoding(false).GetBytes(markdown), null, []);

    private static OutputResult[] Write(string outDirectory, JobOutput[] outputs, ManifestOutput[] obsolete, BuildManifest manifest, OutFolderLock outLock)
    {
        outLock.Complete();
        foreach (var output in outputs.Where(output => output.Content is not null))
        {
            AtomicFile.Write(Path.Combine(outDirectory, output.Entry.Path), output.Content);
        }

        foreach (var entry in obsolete)
        {
            File.Delete(Path.Combine(outDirectory, entry.Path));
        }

        var manifestPath = Path.Combine(outDirectory, BuildManifest.FileName);
        var json = Encoding.UTF8.GetBytes(manifest.ToJson());
        if (!File.Exists(manifestPath) || !File.ReadAllBytes(manifestPath).AsSpan().SequenceEqual(json))
        {
            AtomicFile.Write(manifestPath, json);
        }

        return outputs.Select(output => output.Result)
            .Concat(obsolete.Select(entry => Obsolete(entry, OutputStatus.Removed)))
            .ToArray();
    }

    private static OutputResult[] Verify(string outDirectory, JobOutput[] outputs, ManifestOutput[] obsolete) =>
        outputs.Select(output => output.Result with
            {
                Status = FileHasHash(Path.Combine(outDirectory, output.Entry.Path), output.Entry.Sha256) ? OutputStatus.Current : OutputStatus.Stale,
            })
            .Concat(obsolete.Where(entry => File.Exists(Path.Combine(outDirectory, entry.Path))).Select(entry => Obsolete(entry, OutputStatus.Stale)))
            .ToArray();

    private static OutputResult Obsolete(ManifestOutput entry, OutputStatus status) =>
        new(entry.Path, entry.Template, entry.Item, entry.Format, entry.Pages, entry.Bytes, entry.Sha256, entry.Fingerprint, status, TimeSpan.Zero, entry.Parameters);

    private static bool FileHasHash(string path, string sha256)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)) == sha256;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Identifies the code that renders: the module version ids of the Briefings assemblies involved. With
    /// deterministic compilation they change exactly when the code does, so a changed renderer rebuilds its
    /// outputs although no input changed.
    /// </summary>
    private static string CodeIdentity(IEnumerable<IBriefingRenderer> renderers)
    {
        var assemblies = new SortedDictionary<string, Guid>(StringComparer.Ordinal);
        // A native (ahead-of-time) executable cannot follow assembly references, but all its code is compiled
        // in: every Briefings assembly it holds is the code. The JIT build follows references from the builder
        // and the renderers.
        var native = !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported;
        void Add(System.Reflection.Assembly assembly)
        {
            var name = assembly.GetName().Name ?? string.Empty;
            if (!name.StartsWith("Briefings.", StringComparison.Ordinal) || !assemblies.TryAdd(name, assembly.ManifestModule.ModuleVersionId) || native)
            {
                return;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(reference => reference.Name?.StartsWith("Briefings.", StringComparison.Ordinal) == true))
            {
                Add(System.Reflection.Assembly.Load(reference));
            }
        }

        IEnumerable<System.Reflection.Assembly> roots = native
            ? AppDomain.CurrentDomain.GetAssemblies()
            : [typeof(BriefingBuilder).Assembly, .. renderers.Select(renderer => renderer.GetType().Assembly)];
        foreach (var assembly in roots)
        {
            Add(assembly);
        }

        return string.Concat(assemblies.Select(assembly => $"\n{assembly.Key} {assembly.Value:N}"));
    }

    private static bool FormatSelected(ManifestOutput entry, IReadOnlyList<TemplateDefinition> templates, BuildOptions options) =>
        (options.Formats ?? templates.First(template => template.Id == entry.Template).Formats).Contains(entry.Format);

    private IReadOnlyList<TemplateDefinition> SelectTemplates(IReadOnlyList<TemplateDefinition> all, BuildOptions options)
    {
        var unknown = options.Templates.Where(id => all.All(template => template.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new UsageException($"unknown template {string.Join(", ", unknown.Select(id => $"'{id}'"))}; known: {string.Join(", ", all.Select(template => template.Id))}");
        }

        var selected = options.Templates.Count == 0 ? all : all.Where(template => options.Templates.Contains(template.Id)).ToArray();
        foreach (var format in (options.Formats ?? []).Concat(selected.SelectMany(template => template.Formats)).Distinct())
        {
            if (!renderers.ContainsKey(format))
            {
                throw new UsageException($"unknown format '{format}'; known: {string.Join(", ", renderers.Keys.Order(StringComparer.Ordinal))}");
            }
        }

        return selected;
    }

    private static void CheckParameters(IReadOnlyList<TemplateDefinition> templates, IReadOnlyDictionary<string, string> parameters)
    {
        foreach (var name in parameters.Keys.Where(name => templates.All(template => !template.Parameters.ContainsKey(name))))
        {
            throw new UsageException($"no selected template takes the parameter '{name}'");
        }
    }

    private sealed record JobOutput(ManifestOutput Entry, byte[]? Content, OutputResult Result);

    private sealed record RenderedJob(IReadOnlyList<JobOutput> Outputs, IReadOnlyList<Diagnostic> Warnings);
}
