using Briefings.Core.Rendering;
using Briefings.Layout.Documents;
using Briefings.Layout.Drawing;
using Briefings.Layout.Elements;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;
using Briefings.Pdf;

namespace Briefings.Benchmarks;

/// <summary>
/// Splits a PDF render into its stages with the engine's public parts, assembled as
/// <see cref="PdfBriefingRenderer"/> assembles them: Markdig tree to layout tree (shaping happens here), one
/// counting pass of the page layout, and the whole writer (counting passes, font subsetting, drawing through
/// Skia, outline). The writer minus passes is what Skia, subsetting and the outline cost.
/// </summary>
internal sealed class PdfStageProbe
{
    private readonly FontLibrary fonts = new();
    private BriefingStyles? styles;

    public void Run(StageTimer timer, string run, BriefingDocument document)
    {
        var info = document.Info;
        var theme = document.Theme;
        styles ??= timer.Time(run, "pdf: fonts and styles", () => new BriefingStyles(theme, fonts));
        var context = new TypesetContext(fonts, styles.Fallbacks);
        var (layout, outline) = timer.Time(run, "pdf: Markdig tree -> layout tree", () =>
        {
            var renderer = new PdfLayoutRenderer(styles, context, document.Markdown, info.Title);
            var content = (ColumnElement)renderer.Render(document.Syntax);
            var references = new PageReferences();
            IReadOnlyList<ColumnItem> contents = info.TableOfContents ? ContentsBlock.Build(renderer.Outline, styles, context, references) : [];
            var body = new ColumnElement([.. TitleBlock.Build(info, styles, context), .. contents, new ColumnItem(content)]);
            var page = theme.Page;
            var built = new DocumentLayout(
                body,
                new Size(page.Width, page.Height),
                new Thickness(page.Margins.Left, page.Margins.Top, page.Margins.Right, page.Margins.Bottom),
                new BriefingPageDecorator(info, styles, context),
                renderer.Footnotes,
                new FootnoteStyle(styles.Rule))
            {
                References = contents.Count > 0 ? references : null,
            };
            return (built, renderer.Outline);
        });
        timer.Time(run, "pdf: one layout pass (line breaking, paging)", () => layout.Render(new DiscardCanvas()));
        var metadata = new PdfMetadata(info.Title, info.Date) { Author = info.Author, PdfA = theme.PdfA };
        timer.Time(run, "pdf: writer (all passes, subsetting, Skia, outline)", () => PdfDocumentWriter.Write(layout, metadata, outline));
    }
}
