using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Core.Templating;

/// <summary>
/// Resolves <c>include "partials/_name.sbn"</c> strictly inside the templates folder: absolute paths,
/// <c>..</c>, backslashes and anything that resolves outside the folder are refused with an error at the
/// include's location. Symbolic links inside the folder are refused too: a link committed next to the
/// templates could otherwise pull any file the build can read (a key, a token) into a published briefing.
/// Texts are read once and shared by all renders.
/// </summary>
internal sealed class SandboxedTemplateLoader(string templatesDirectory) : ITemplateLoader
{
    private readonly string root = Path.GetFullPath(templatesDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
    private readonly ConcurrentDictionary<string, string> texts = new(StringComparer.Ordinal);

    /// <summary>Every partial loaded so far, for the manifest's input hashes.</summary>
    public IReadOnlyCollection<string> LoadedPaths => texts.Keys.ToArray();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName)
            || Path.IsPathRooted(templateName)
            || templateName.Contains('\\', StringComparison.Ordinal)
            || templateName.Split('/').Any(segment => segment is ".." or "." or ""))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' refused: includes are relative paths inside the templates folder, without '..'");
        }

        var name = templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";
        var full = Path.GetFullPath(Path.Combine(root, name));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' refused: it resolves outside the templates folder");
        }

        if (!File.Exists(full))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' not found in the templates folder");
        }

        // Only partials: a top-level file is a template (or the theme), whose YAML header would become text.
        if (Path.GetDirectoryName(full) + Path.DirectorySeparatorChar == root)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' refused: only partials in a subfolder (e.g. partials/_name.sbn) can be included, not top-level templates");
        }

        if (LinkOnTheWay(full) is { } link)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' refused: '{Path.GetRelativePath(root, link)}' is a symbolic link, and includes may not leave the templates folder through one");
        }

        return full;
    }

    /// <summary>The first file or folder between the root and <paramref name="full"/> (inclusive) that is a symbolic link.</summary>
    private string? LinkOnTheWay(string full)
    {
        var path = root.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var segment in full[root.Length..].Split(Path.DirectorySeparatorChar))
        {
            path = Path.Combine(path, segment);
            FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (entry.LinkTarget is not null)
            {
                return path;
            }
        }

        return null;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        texts.GetOrAdd(templatePath, File.ReadAllText);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
