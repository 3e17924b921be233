using System.Collections.Concurrent;

namespace Briefings.Layout.Fonts;

/// <summary>
/// Loads each font file once and keeps it, with one shaping cache for all of them. Meant to live as long as a
/// renderer: building typefaces is the expensive part of a small document. Thread-safe.
/// </summary>
public sealed class FontLibrary
{
    private readonly ConcurrentDictionary<string, Lazy<FontFace>> faces = new(StringComparer.Ordinal);

    public TextShaper Shaper { get; } = new();

    /// <exception cref="InvalidDataException">The file cannot be read or is not a font.</exception>
    public FontFace Load(string path)
    {
        var full = Path.GetFullPath(path);
        var lazy = faces.GetOrAdd(full, static key => new Lazy<FontFace>(() => FontFace.Load(key), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (InvalidDataException)
        {
            // Do not keep a failure: the file may be fixed before the next build of a long-lived process.
            faces.TryRemove(new KeyValuePair<string, Lazy<FontFace>>(full, lazy));
            throw;
        }
    }

    public FontFamily LoadFamily(string regular, string bold, string italic, string boldItalic) =>
        new(Load(regular), Load(bold), Load(italic), Load(boldItalic));
}
