using Briefings.Layout.Drawing;
using Briefings.Layout.Fonts;
using Briefings.Layout.Fonts.Subsetting;
using Briefings.Layout.PdfFile;
using Briefings.Layout.Text;
using SkiaSharp;

namespace Briefings.Layout.Documents;

/// <summary>
/// Writes a laid-out document as PDF: a pass on a <see cref="DiscardCanvas"/> counts pages, finds the page of every
/// destination (for a table of contents) and collects the glyphs used; each used
/// font is then subset (glyph ids kept), and the last pass draws through Skia. Bookmarks and, for PDF/A, a
/// content-derived document id are added afterwards.
/// </summary>
public static class PdfDocumentWriter
{
    public static PdfResult Write(DocumentLayout layout, PdfMetadata metadata, IReadOnlyList<OutlineEntry>? outline = null)
    {
        var warnings = new List<LayoutWarning>();
        var counting = new DiscardCanvas();
        var pageCount = layout.Render(counting);
        // One counting pass is enough: a contents entry's height does not depend on its page number (its room is
        // fixed, ContentsEntryElement), so printing the numbers moves nothing, and the digits they will need were
        // reserved for the subsets. The drawing pass checks the page count still holds.
        layout.References?.Update(counting.Destinations);

        var typefaces = new Dictionary<FontFace, SKTypeface>();
        try
        {
            foreach (var (face, usage) in counting.FontsUsed)
            {
                typefaces[face] = Subset(face, usage, warnings);
            }

            byte[] content;
            using (var stream = new MemoryStream())
            {
                using (var document = SKDocument.CreatePdf(stream, ToSkia(metadata)))
                {
                    var canvas = new SkiaPdfCanvas(document, face => typefaces.TryGetValue(face, out var typeface) ? typeface : face.Typeface);
                    try
                    {
                        var drawn = layout.Render(canvas, pageCount);
                        if (drawn != pageCount)
                        {
                            throw new LayoutException($"the layout is not stable: {pageCount} pages counted, {drawn} drawn");
                        }
                    }
                    finally
                    {
                        canvas.Release();
                    }

                    document.Close();
                }

                content = stream.ToArray();
            }

            if (outline is { Count: > 0 })
            {
                content = PdfPostProcessor.AppendOutline(content, [.. outline.Select(entry => entry with { DestinationName = DestinationNames.Safe(entry.DestinationName) })]);
            }

            if (metadata.PdfA)
            {
                content = PdfPostProcessor.MakeDeterministic(content);
            }

            return new PdfResult(content, pageCount, warnings);
        }
        finally
        {
            foreach (var (face, typeface) in typefaces)
            {
                if (typeface != face.Typeface)
                {
                    typeface.Dispose();
                }
            }
        }
    }

    private static SKTypeface Subset(FontFace face, FontUsage usage, List<LayoutWarning> warnings)
    {
        try
        {
            var subset = FontSubsetter.Subset(face.Data, usage.Codepoints, usage.Glyphs);
            using var data = SKData.CreateCopy(subset);
            return SKTypeface.FromData(data) ?? throw new FontSubsettingException($"Skia cannot read the subset of {face.Name}");
        }
        catch (FontSubsettingException exception)
        {
            warnings.Add(new LayoutWarning("BRF-PDF-002", $"the font {face.Name} is embedded whole: {exception.Message}", null));
            return face.Typeface;
        }
    }

    private static SKDocumentPdfMetadata ToSkia(PdfMetadata metadata) => new()
    {
        Title = metadata.Title,
        Author = metadata.Author,
        Subject = metadata.Subject,
        Keywords = metadata.Keywords,
        Creator = metadata.Creator,
        Producer = metadata.Producer,
        Creation = metadata.Date.UtcDateTime,
        Modified = metadata.Date.UtcDateTime,
        PdfA = metadata.PdfA,
        RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
        EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
    };
}
