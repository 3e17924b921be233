using System.Globalization;
using Briefings.Layout.Drawing;
using Briefings.Layout.Fonts;
using Briefings.Layout.Fonts.Subsetting;
using Briefings.Layout.PdfFile;
using Briefings.Layout.Text;

namespace Briefings.Layout.Documents;

/// <summary>
/// Writes a laid-out document as PDF in one pass: each page's objects as it ends, the drawings deferred to the end
/// of the document (page totals, contents page numbers) as forms once the last page has ended, then the fonts (each
/// subset to the glyphs drawn, glyph ids kept), the page tree, named destinations, bookmarks, document information
/// and, for PDF/A-2b, the XMP packet and the sRGB output intent. The file is written by this engine, not a graphics
/// library, for speed (docs/design.md, "The PDF writer is ours"): every byte is a function of the layout, so
/// identical input gives identical files.
/// </summary>
public static class PdfDocumentWriter
{
    /// <summary>
    /// Pages drawn on the layout's own thread before the rest are written from another (<see cref="BackgroundCanvas"/>):
    /// a one-page briefing gains nothing from a thread, a long document gains the time of encoding its pages.
    /// </summary>
    internal const int PagesBeforeBackground = 8;

    public static PdfResult Write(DocumentLayout layout, PdfMetadata metadata, IReadOnlyList<OutlineEntry>? outline = null) =>
        Write(layout.Render, metadata, outline);

    /// <summary>
    /// Writes the PDF of whatever <paramref name="draw"/> draws (returning the number of pages, having ended the
    /// document), each font subset to what was drawn with it, or embedded whole when <paramref name="subsetFonts"/> is false.
    /// </summary>
    /// <param name="directPages">Pages drawn on the caller's thread before the rest are written from another.</param>
    internal static PdfResult Write(Func<ICanvas, int> draw, PdfMetadata metadata, IReadOnlyList<OutlineEntry>? outline, bool subsetFonts = true, int directPages = PagesBeforeBackground)
    {
        var warnings = new List<LayoutWarning>();
        // Below the large-object threshold: a one-page briefing fits, a long one grows by doubling.
        var file = new PdfObjectFile("1.7", capacity: 64 * 1024);
        var resources = new PdfDocumentResources(file);
        int pageCount;
        using (var canvas = new BackgroundCanvas(new PdfCanvas(file, resources, metadata.PdfA), directPages))
        {
            pageCount = draw(canvas);
        }

        foreach (var font in resources.Fonts)
        {
            var program = subsetFonts ? Subset(font, warnings) : null;
            font.Write(file, program ?? font.Face.Data, subset: program is not null);
        }

        resources.WritePageTree();
        var destinations = resources.WriteDestinations();
        int? outlineRoot = outline is { Count: > 0 }
            ? OutlineTree.Write(file, [.. outline.Select(entry => entry with { DestinationName = DestinationNames.Safe(entry.DestinationName) })], resources.Destinations)
            : null;
        var information = WriteInformation(file, metadata);

        int? xmp = null;
        int? outputProfile = null;
        if (metadata.PdfA)
        {
            xmp = file.Reserve();
            file.Stream(xmp.Value, "/Type/Metadata/Subtype/XML", XmpMetadata.Build(metadata, file.Digest()), compress: false);
            outputProfile = file.Reserve();
            file.Stream(outputProfile.Value, "/N 3", SrgbIccProfile.Bytes);
        }

        var catalog = file.Reserve();
        var output = file.Begin(catalog).Ascii("<</Type/Catalog/Pages ").Integer(resources.PageTree).Ascii(" 0 R");
        if (destinations is { } dests)
        {
            output.Ascii("/Dests ").Integer(dests).Ascii(" 0 R");
        }

        if (outlineRoot is { } outlines)
        {
            output.Ascii("/Outlines ").Integer(outlines).Ascii(" 0 R/PageMode/UseOutlines");
        }

        if (xmp is { } metadataStream && outputProfile is { } profile)
        {
            output.Ascii("/Metadata ").Integer(metadataStream).Ascii(" 0 R/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier")
                .LiteralString(SrgbIccProfile.Description).Ascii("/Info").LiteralString(SrgbIccProfile.Description)
                .Ascii("/DestOutputProfile ").Integer(profile).Ascii(" 0 R>>]");
        }

        output.Ascii(">>");
        file.End();
        return new PdfResult(file.Finish(catalog, information), pageCount, warnings);
    }

    /// <summary>The subset of the font, or null (with a warning) when it cannot be made and the whole font is embedded.</summary>
    private static byte[]? Subset(PdfFontResource font, List<LayoutWarning> warnings)
    {
        var face = font.Face;
        var glyphs = font.Glyphs;
        try
        {
            return TrueTypeSubsetter.TrySubset(face.Bytes, glyphs) ?? FontSubsetter.Subset(face.Data, font.Codepoints(), glyphs);
        }
        catch (FontSubsettingException exception)
        {
            warnings.Add(new LayoutWarning("BRF-PDF-002", $"the font {face.Name} is embedded whole: {exception.Message}", null));
            return null;
        }
    }

    private static int WriteInformation(PdfObjectFile file, PdfMetadata metadata)
    {
        var number = file.Reserve();
        var date = "D:" + metadata.Date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
        var output = file.Begin(number).Ascii("<<");
        foreach (var (key, value) in new[]
        {
            ("Title", metadata.Title), ("Author", metadata.Author), ("Subject", metadata.Subject), ("Keywords", metadata.Keywords),
            ("Creator", metadata.Creator), ("Producer", metadata.Producer), ("CreationDate", date), ("ModDate", date),
        })
        {
            if (value.Length > 0)
            {
                output.Byte((byte)'/').Ascii(key).Byte((byte)' ').TextString(value);
            }
        }

        output.Ascii(">>");
        file.End();
        return number;
    }
}
