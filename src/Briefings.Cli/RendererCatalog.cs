using Briefings.Core.Rendering;
using Briefings.Docx;
using Briefings.Pdf;

namespace Briefings.Cli;

/// <summary>The output formats this build of the tool can write (Markdown is built into the builder).</summary>
internal static class RendererCatalog
{
    public static IReadOnlyList<IBriefingRenderer> CreateAll() => [new PdfBriefingRenderer(), new DocxBriefingRenderer()];
}
