using Briefings.Core.Rendering;
using Briefings.Layout.Elements;
using Briefings.Layout.Fonts;
using Briefings.Layout.Text;
using Briefings.Pdf;
using Briefings.Pdf.Extensions;

namespace Briefings.Benchmarks;

/// <summary>
/// What of a PDF render can still be timed apart now that layout, drawing and writing are one pass over the body
/// (docs/design.md, "A long PDF is laid out once, as it is read"): the outline read before the body, and the layout
/// elements of the whole body and of every note made on their own, as the pass makes them block by block. The
/// rest of <see cref="PdfBriefingRenderer.Render"/> is paging, drawing, subsetting and writing.
/// </summary>
internal sealed class PdfStageProbe
{
    private readonly FontLibrary fonts = new();
    private BriefingStyles? styles;

    public void Run(StageTimer timer, string run, BriefingDocument document)
    {
        var info = document.Info;
        styles ??= timer.Time(run, "pdf: fonts and styles", () => new BriefingStyles(document.Theme, fonts));
        var context = new TypesetContext(fonts, styles.Fallbacks);
        timer.Time(run, "pdf: outline (headings before the body)", () => DocumentOutline.Of(document.Syntax, info.Title).Count);
        var renderer = new PdfLayoutRenderer(styles, context, document.Markdown, info.Title);
        timer.Time(run, "pdf: layout elements of the body, made whole", () => renderer.Blocks(document.Syntax).Count());
        timer.Time(run, "pdf: layout elements of every note, made whole", () =>
        {
            var notes = new FootnoteNotes(renderer, document.Syntax);
            return renderer.ReferencedFootnotes.Count(order => notes.Note(FootnoteNotes.Destination(order)) is not null);
        });
    }
}
