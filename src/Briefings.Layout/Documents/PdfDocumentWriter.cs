using System.Globalization;
using Briefings.Layout.Drawing;
using Briefings.Layout.Fonts;
using Briefings.Layout.Fonts.Subsetting;
using Briefings.Layout.PdfFile;
using Briefings.Layout.Text;

namespace Briefings.Layout.Documents;

/// <summary>
/// Writes a laid-out document as PDF: a pass on a <see cref="DiscardCanvas"/> counts pages, finds the page of every
/// destination (for a table of contents) and collects the glyphs used; the drawing pass writes each page's
/// objects as it ends; then come the fonts (each subset to what was used, glyph ids kept), the page tree, named
/// destinations, bookmarks, document information and, for PDF/A-2b, the XMP packet and the sRGB output intent.
/// The file is written by this engine, not a graphics library, for speed (docs/design.md, "The PDF writer is ours"):
/// every byte is a function of the layout, so identical input gives identical files.
/// </summary>
public static class PdfDocumentWriter
{
    public static PdfResult Write(DocumentLayout layout, PdfMetadata metadata, IReadOnlyList<OutlineEntry>? outline = null)
    {
        var counting = new DiscardCanvas();
        var pageCount = layout.Render(counting);
        // One counting pass is enough: a contents entry's height does not depend on its page number (its room is
        // fixed, ContentsEntryElement), so printing the numbers moves nothing, and the digits they will need were
        // reserved for the subsets. The drawing pass checks the page count still holds.
        layout.References?.Update(counting.Destinations);

        var result = Write(counting.FontsUsed, canvas => layout.Render(canvas, pageCount), metadata, outline);
        if (result.PageCount != pageCount)
        {
            throw new LayoutException($"the layout is not stable: {pageCount} pages counted, {result.PageCount} drawn");
        }

        return result;
    }

    /// <summary>
    /// Writes the PDF of whatever <paramref name="draw"/> draws (returning the number of pages), with each font in
    /// <paramref name="fonts"/> subset to what it says was used; a font drawn but not listed is embedded whole.
    /// </summary>
    internal static PdfResult Write(IEnumerable<(FontFace Face, FontUsage Usage)> fonts, Func<ICanvas, int> draw, PdfMetadata metadata, IReadOnlyList<OutlineEntry>? outline)
    {
        var warnings = new List<LayoutWarning>();
        // Below the large-object threshold: a one-page briefing fits, a long one grows by doubling.
        var file = new PdfObjectFile("1.7", capacity: 64 * 1024);
        var resources = new PdfDocumentResources(file);
        var usage = new Dictionary<FontFace, FontUsage>();
        foreach (var (face, used) in fonts)
        {
            resources.Font(face);
            usage.Add(face, used);
        }

        var pageCount = draw(new PdfCanvas(file, resources, metadata.PdfA));
        foreach (var font in resources.Fonts)
        {
            var program = usage.TryGetValue(font.Face, out var used) ? Subset(font.Face, used, warnings) : null;
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
    private static byte[]? Subset(FontFace face, FontUsage usage, List<LayoutWarning> warnings)
    {
        try
        {
            return TrueTypeSubsetter.TrySubset(face.Data, usage.Glyphs) ?? FontSubsetter.Subset(face.Data, usage.Codepoints, usage.Glyphs);
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
