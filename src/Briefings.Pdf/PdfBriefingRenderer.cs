using System.Runtime.CompilerServices;
using Briefings.Core.Diagnostics;
using Briefings.Core.Rendering;
using Briefings.Core.Themes;
using Briefings.Layout.Documents;
using Briefings.Layout.Elements;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;
using Briefings.Pdf.Extensions;

namespace Briefings.Pdf;

/// <summary>
/// Renders a briefing as PDF with the Briefings typesetting engine. Fonts are loaded and shaped words cached once
/// per renderer, so keep one instance for many documents. Thread-safe: each call lays out its own tree.
/// </summary>
public sealed class PdfBriefingRenderer : IBriefingRenderer
{
    private readonly FontLibrary fonts = new();
    private readonly ConditionalWeakTable<Theme, BriefingStyles> styles = [];

    public string Format => "pdf";

    public RenderedOutput Render(BriefingDocument document)
    {
        var theme = document.Theme;
        var style = Styles(theme);
        var info = document.Info;
        var context = new TypesetContext(fonts, style.Fallbacks) { Direction = WritingDirection.Of(info.Language) };
        var renderer = new PdfLayoutRenderer(style, context, document.Markdown, info.Title);
        var outline = DocumentOutline.Of(document.Syntax, info.Title);
        IReadOnlyList<ColumnItem> contents = info.TableOfContents ? ContentsBlock.Build(outline, style, context) : [];

        // The body is laid out as paging reaches it and let go of once drawn, the notes made when first referenced:
        // a long document is never held whole as a layout tree.
        var content = new ColumnElement(new StreamedColumnItems(renderer.Blocks(document.Syntax)));
        var body = new ColumnElement([.. TitleBlock.Build(info, style, context), .. contents, new ColumnItem(content)]);

        var page = theme.Page;
        var layout = new DocumentLayout(
            body,
            new Size(page.Width, page.Height),
            new Thickness(page.Margins.Left, page.Margins.Top, page.Margins.Right, page.Margins.Bottom),
            new BriefingPageDecorator(info, style, context),
            new FootnoteNotes(renderer, document.Syntax),
            new FootnoteStyle(style.Rule));
        var metadata = new PdfMetadata(info.Title, info.Date)
        {
            Author = info.Author,
            Subject = info.Subject ?? info.Subtitle ?? string.Empty,
            Keywords = string.Join(", ", info.Keywords),
            PdfA = theme.PdfA,
        };

        PdfResult result;
        try
        {
            result = PdfDocumentWriter.Write(layout, metadata, outline);
        }
        catch (LayoutException exception)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-PDF-003", $"cannot lay out the briefing: {exception.Message}", new SourceLocation(document.Name, 0, 0)));
        }

        var diagnostics = context.Warnings.Concat(result.Warnings)
            .Select(warning => Diagnostic.Warning(
                warning.Code,
                warning.Message,
                new SourceLocation(document.Name, warning.Origin?.Line ?? 0, warning.Origin?.Column ?? 0)))
            .ToList();
        return new RenderedOutput(result.Content, result.PageCount, diagnostics);
    }

    private BriefingStyles Styles(Theme theme)
    {
        if (styles.TryGetValue(theme, out var cached))
        {
            return cached;
        }

        try
        {
            return styles.GetValue(theme, key => new BriefingStyles(key, fonts));
        }
        catch (InvalidDataException exception)
        {
            throw new BriefingsException(Diagnostic.Error("BRF-PDF-004", exception.Message));
        }
    }
}
