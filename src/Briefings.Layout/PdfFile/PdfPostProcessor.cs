namespace Briefings.Layout.PdfFile;

/// <summary>
/// What Skia's PDF backend cannot do itself, applied to its finished output: a document outline
/// (bookmarks) and reproducible PDF/A identifiers.
/// </summary>
public static class PdfPostProcessor
{
    /// <summary>
    /// Appends a document outline as a PDF incremental update. Each entry jumps to a named destination drawn
    /// with <c>SKCanvas.DrawNamedDestinationAnnotation</c>; entries nest by <see cref="OutlineEntry.Level"/>, a
    /// skipped level (1 → 3) nesting under the nearest shallower entry. The viewer is asked to show the outline.
    /// </summary>
    /// <returns>The input itself when <paramref name="entries"/> is empty; otherwise the original bytes plus the update.</returns>
    /// <exception cref="ArgumentException">An entry has no destination or a level below 1, or names a destination the PDF does not define.</exception>
    /// <exception cref="PdfStructureException">The PDF lacks a classic cross-reference table, trailer or catalog as Skia writes them.</exception>
    public static byte[] AppendOutline(byte[] pdf, IReadOnlyList<OutlineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Count == 0 ? pdf : IncrementalOutlineWriter.Append(pdf, entries);
    }

    /// <summary>
    /// Replaces the clock-derived identifiers Skia writes for PDF/A (XMP DocumentID/InstanceID, trailer /ID)
    /// with identifiers derived from a SHA-256 of the content, so the same document gives the same bytes.
    /// Byte lengths are unchanged, so offsets stay valid. Works before or after <see cref="AppendOutline"/>.
    /// </summary>
    /// <returns>The input itself when it holds no such identifiers (Skia without PDF/A).</returns>
    public static byte[] MakeDeterministic(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return DeterministicIdentifiers.Apply(pdf);
    }
}
