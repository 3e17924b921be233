using Briefings.Core.Diagnostics;

namespace Briefings.Core.Rendering;

/// <param name="Content">The complete file.</param>
/// <param name="PageCount">Pages, where the renderer lays out pages itself (PDF); null where the reader's application paginates (DOCX).</param>
/// <param name="Diagnostics">Warnings met while rendering, e.g. a character no configured font has.</param>
public sealed record RenderedOutput(byte[] Content, int? PageCount, IReadOnlyList<Diagnostic> Diagnostics);
