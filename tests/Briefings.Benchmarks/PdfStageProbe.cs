using Briefings.Core.Rendering;
using Briefings.Layout.Documents;
using Briefings.Layout.Elements;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.PdfFile;
using Briefings.Layout.Text;
using Briefings.Pdf;

namespace Briefings.Benchmarks;

/// <summary>
/// Splits a PDF render into its stages with the engine's public parts, assembled as
/// <see cref="PdfBriefingRenderer"/> assembles them: Markdig tree to layout tree (shaping happens here), one
/// counting pass of the page layout, font subsetting, the whole writer (counting pass, font subsetting, drawing,
/// outline), the writer without the outline, and the writer for the same body without
/// the contents block: the difference is what the contents cost (one counting pass either way since the
/// second performance pass; docs/benchmarks.md).
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
        var (layout, outline) = timer.Time(run, "pdf: Markdig tree -> layout tree", () => Build(document, styles, context, contents: true));
        var metadata = new PdfMetadata(info.Title, info.Date) { Author = info.Author, PdfA = theme.PdfA };
        var pdf = timer.Time(run, "pdf: writer (layout, drawing, subsetting, outline)", () => PdfDocumentWriter.Write(layout, metadata, outline));
        timer.Time(run, "pdf: writer without the outline", () => PdfDocumentWriter.Write(layout, metadata));
        if (info.TableOfContents)
        {
            // The same body without its contents block, to see what the contents cost.
            var (plain, _) = Build(document, styles, new TypesetContext(fonts, styles.Fallbacks), contents: false);
            timer.Time(run, "pdf: writer, no contents block, no outline", () => PdfDocumentWriter.Write(plain, metadata));
        }

        if (run.StartsWith('1'))
        {
            Console.Error.WriteLine($"{document.Name}: PDF {pdf.Content.Length:N0} bytes, {pdf.PageCount} pages");
        }
    }

    private static (DocumentLayout Layout, IReadOnlyList<OutlineEntry> Outline) Build(BriefingDocument document, BriefingStyles styles, TypesetContext context, bool contents)
    {
        var info = document.Info;
        var theme = document.Theme;
        var renderer = new PdfLayoutRenderer(styles, context, document.Markdown, info.Title);
        var content = (ColumnElement)renderer.Render(document.Syntax);
        IReadOnlyList<ColumnItem> block = contents && info.TableOfContents ? ContentsBlock.Build(renderer.Outline, styles, context) : [];
        var body = new ColumnElement([.. TitleBlock.Build(info, styles, context), .. block, new ColumnItem(content)]);
        var page = theme.Page;
        var layout = new DocumentLayout(
            body,
            new Size(page.Width, page.Height),
            new Thickness(page.Margins.Left, page.Margins.Top, page.Margins.Right, page.Margins.Bottom),
            new BriefingPageDecorator(info, styles, context),
            new FootnoteTable(renderer.Footnotes),
            new FootnoteStyle(styles.Rule));
        return (layout, renderer.Outline);
    }
}
