using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Briefings.Core.Diagnostics;
using Briefings.Core.Facts;
using Briefings.Core.Templating;
using Briefings.Core.Themes;

namespace Briefings.Core.Build;

/// <summary>
/// Everything a build reads, loaded and checked once: facts (with every quote verified), theme, templates,
/// and the hashes of all of them for the manifest.
/// </summary>
public sealed record BuildInputs(
    FactBase Facts,
    Theme Theme,
    IReadOnlyList<TemplateDefinition> Templates,
    ManifestInputs Hashes,
    string ToolVersion,
    IReadOnlyList<Diagnostic> Warnings)
{
    public const string FactsFileName = "facts.yaml";
    public const string ThemeFileName = "theme.yaml";

    public static string CurrentToolVersion { get; } =
        "briefings " + (typeof(BuildInputs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Loads and checks every input; all errors of facts and templates together.</summary>
    public static BuildInputs Load(string seedsDirectory, string templatesDirectory)
    {
        var factsPath = Path.Combine(seedsDirectory, FactsFileName);
        if (!File.Exists(factsPath))
        {
            throw new BriefingsException(Diagnostic.Error("BRF-BUILD-001", $"no {FactsFileName} in the seeds folder", new SourceLocation(factsPath, 0, 0)));
        }

        var errors = new List<Diagnostic>();
        var load = FactBaseLoader.Load(factsPath);
        errors.AddRange(load.Diagnostics.Where(diagnostic => diagnostic.IsError));

        Theme? theme = null;
        IReadOnlyList<TemplateDefinition> templates = [];
        try
        {
            theme = ThemeLoader.Load(Path.Combine(templatesDirectory, ThemeFileName));
        }
        catch (BriefingsException exception)
        {
            errors.AddRange(exception.Diagnostics);
        }

        try
        {
            templates = TemplateEngine.LoadTemplates(templatesDirectory);
        }
        catch (BriefingsException exception)
        {
            errors.AddRange(exception.Diagnostics);
        }

        if (errors.Count > 0 || load.Facts is null || theme is null)
        {
            throw new BriefingsException(errors);
        }

        var facts = load.Facts;
        var hashes = new ManifestInputs(
            Hash(seedsDirectory, factsPath),
            facts.Sources.Select(source => Hash(seedsDirectory, Path.Combine(seedsDirectory, source.File))).OrderBy(input => input.Path, StringComparer.Ordinal).ToArray(),
            Hash(templatesDirectory, Path.Combine(templatesDirectory, ThemeFileName)),
            FontFiles(theme).Select(font => Hash(templatesDirectory, font)).ToArray(),
            templates.Select(template => new ManifestInput(Relative(templatesDirectory, template.Path), template.Hash)).ToArray(),
            Directory.GetFiles(templatesDirectory, "*.sbn", SearchOption.AllDirectories)
                .Where(path => Path.GetDirectoryName(Path.GetFullPath(path)) != Path.GetFullPath(templatesDirectory).TrimEnd(Path.DirectorySeparatorChar))
                .Select(path => Hash(templatesDirectory, path))
                .OrderBy(input => input.Path, StringComparer.Ordinal)
                .ToArray());

        return new BuildInputs(facts, theme, templates, hashes, CurrentToolVersion, load.Diagnostics.Where(diagnostic => !diagnostic.IsError).ToArray());
    }

    /// <summary>
    /// What every output depends on besides its Markdown. Facts, templates and partials all show in the
    /// Markdown; the theme, the fonts and the tool's version do not. Combined with the Markdown's hash and the
    /// format, it decides whether an output must be rendered again.
    /// </summary>
    public string SharedFingerprint()
    {
        var text = new StringBuilder(ToolVersion).Append('\n').Append(Hashes.Theme.Sha256);
        foreach (var font in Hashes.Fonts)
        {
            text.Append('\n').Append(font.Sha256);
        }

        return Sha256(text.ToString());
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The SHA-256 of the text's UTF-8 bytes (as <see cref="Encoding.UTF8"/> writes them), encoded a slice at a time:
    /// a long briefing's Markdown is hashed without a copy of it in bytes.
    /// </summary>
    public static string Sha256(string text)
    {
        const int SliceLength = 4096;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(SliceLength)];
        for (var start = 0; start < text.Length; start += SliceLength)
        {
            var slice = text.AsSpan(start, Math.Min(SliceLength, text.Length - start));

            // Not flushed before the last slice: a surrogate pair split between two slices is encoded whole.
            var count = encoder.GetBytes(slice, bytes, flush: start + slice.Length == text.Length);
            hash.AppendData(bytes[..count]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<string> FontFiles(Theme theme) =>
        new[] { theme.Fonts.Body, theme.Fonts.Heading, theme.Fonts.Mono }
            .SelectMany(family => new[] { family.Regular, family.Bold, family.Italic, family.BoldItalic })
            .Concat(theme.Fonts.Fallback)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static ManifestInput Hash(string root, string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return new ManifestInput(Relative(root, path), Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-BUILD-002", $"cannot read input: {exception.Message}", new SourceLocation(path, 0, 0)));
        }
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');
}
