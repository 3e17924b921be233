using Briefings.Layout.Fonts;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// The text object of a content stream being written, and where a reader's text pen is. Runs on one baseline
/// in one font share a TJ array: between glyphs goes the kerning number that moves the reader's pen (advanced by
/// the widths the font dictionary declares) to where HarfBuzz put the next glyph, so spaces, kerning, justification
/// and letter spacing all become numbers in one array, with no drift (the pen is tracked with the rounded values
/// the file holds). <paramref name="showsMissingGlyph"/> is false for PDF/A, which may not show .notdef.
/// </summary>
internal sealed class PdfTextState(bool showsMissingGlyph)
{
    /// <summary>
    /// Kerning numbers smaller than this (in thousandths of an em: a twentieth of a micrometre at 10 pt) are not
    /// written; the pen error stays below it, since the next glyph is placed from where the pen really is.
    /// </summary>
    internal const double SmallestAdjustment = 0.05;

    /// <summary>An adjustment whose unrounded value is smaller than this rounds below <see cref="SmallestAdjustment"/>.</summary>
    internal const double SkippedUnrounded = 0.049;

    private bool inText;
    private bool inArray;
    private bool inString;
    private PdfFontResource? font;
    private double size;
    private double baseline;
    private bool positioned;
    private double pen;
    private double rise;

    public void Reset()
    {
        inText = inArray = inString = positioned = false;
        font = null;
        rise = 0;
    }

    public void Begin(PdfBuffer content)
    {
        if (!inText)
        {
            content.Ascii("BT\n");
            inText = true;
            font = null;
            positioned = false;

            // The rise is kept: like the font, it belongs to the graphics state and outlives the text object.
        }
    }

    /// <summary>Ends the text object, before anything that is not text is drawn.</summary>
    public void End(PdfBuffer content)
    {
        if (inText)
        {
            CloseArray(content);
            content.Ascii("ET\n");
            inText = false;
        }
    }

    public void CloseArray(PdfBuffer content)
    {
        CloseString(content);
        if (inArray)
        {
            content.Ascii("]TJ\n");
            inArray = false;
        }
    }

    public void Draw(PdfBuffer content, PdfFontResource runFont, ShapedRun run, double x, double y, double fontSize, double letterSpacing)
    {
        var written = PdfBuffer.Rounded(fontSize);
        if (!ReferenceEquals(font, runFont) || size != written)
        {
            CloseArray(content);
            content.Name(runFont.ResourceName).Byte((byte)' ').Number(written).Ascii(" Tf\n");
            font = runFont;
            size = written;
        }

        if (!positioned || baseline != y)
        {
            CloseArray(content);

            // The page is flipped to y-down; the text matrix flips glyphs back upright.
            content.Ascii("1 0 0 -1 ").Number(x).Byte((byte)' ').Number(y).Ascii(" Tm\n");
            pen = PdfBuffer.Rounded(x);
            baseline = y;
            positioned = true;
        }

        var scale = fontSize / run.Face.UnitsPerEm;
        var rightToLeft = run.Clusters.Length > 1 && run.Clusters[^1] < run.Clusters[0];
        var target = x;
        var glyphs = run.Glyphs;
        for (var start = 0; start < glyphs.Length;)
        {
            var end = start + 1;
            while (end < glyphs.Length && run.Clusters[end] == run.Clusters[start])
            {
                end++;
            }

            // Right to left, a cluster of several characters (lam-alef) is read in visual order, as its glyphs are:
            // readers reverse the extracted line, a glyph's reading and an ActualText span with it.
            var characters = rightToLeft ? Visual(ClusterText(run, start, end)) : ClusterText(run, start, end);
            var actualText = !Readable(runFont, glyphs, start, end, characters);
            if (actualText)
            {
                // The glyphs cannot say what they stand for through the ToUnicode map (several glyphs for one
                // character, or a glyph that reads differently elsewhere): the marked span says it (§14.9.4).
                CloseArray(content);
                content.Ascii("/Span<</ActualText").TextString(characters.ToString()).Ascii(">>BDC\n");
            }

            for (var index = start; index < end; index++)
            {
                var glyph = glyphs[index];
                // Most glyphs sit on the baseline: no rounding to find that their rise is nought.
                var offsetY = run.OffsetsY[index];
                var glyphRise = offsetY == 0 ? 0 : PdfBuffer.Rounded(offsetY * scale);
                if (glyphRise != rise)
                {
                    CloseArray(content);
                    content.Number(glyphRise).Ascii(" Ts\n");
                    rise = glyphRise;
                }

                Glyph(content, runFont, glyph, target + (run.OffsetsX[index] * scale));
                target += (run.Advances[index] * scale) + letterSpacing;
            }

            if (actualText)
            {
                CloseArray(content);
                content.Ascii("EMC\n");
            }

            start = end;
        }
    }

    /// <summary>Shows one glyph with its origin at <paramref name="x"/>, moving the pen there first when it is elsewhere.</summary>
    private void Glyph(PdfBuffer content, PdfFontResource glyphFont, ushort glyph, double x)
    {
        // PDF/A forbids showing .notdef (ISO 19005-2 §6.2.11.8): the character no font has (already a warning)
        // is shown there as the font's space, blank, its room kept and its text given by the cluster's
        // ActualText (readers drop a span that shows nothing).
        if (glyph == 0 && !showsMissingGlyph)
        {
            if (glyphFont.Space is not { } space)
            {
                return;
            }

            glyph = space;
        }

        if (!inArray)
        {
            content.Byte((byte)'[');
            inArray = true;
        }

        // Thousandths of the font size, positive to the left (§9.4.3). Mostly the pen is where the glyph goes, give
        // or take far less than a written number: below SkippedUnrounded the rounded value could not reach
        // SmallestAdjustment either (0.049 rounds to at most 0.049), so it is not rounded to find that out.
        var unrounded = (pen - x) * 1000 / size;
        var adjustment = Math.Abs(unrounded) < SkippedUnrounded ? 0 : PdfBuffer.Rounded(unrounded);
        if (Math.Abs(adjustment) >= SmallestAdjustment)
        {
            CloseString(content);
            content.Number(adjustment);
            pen -= adjustment * size / 1000;
        }

        if (!inString)
        {
            content.Byte((byte)'<');
            inString = true;
        }

        content.GlyphCode(glyph);
        glyphFont.Use(glyph);
        pen += glyphFont.Width(glyph) * size / 1000;
    }

    private void CloseString(PdfBuffer content)
    {
        if (inString)
        {
            content.Byte((byte)'>');
            inString = false;
        }
    }

    /// <summary>
    /// Whether the ToUnicode map can give the cluster's text: one glyph that reads (or may be made to read) as
    /// the characters, or as many glyphs as characters (a letter and its combining marks), each reading as its own.
    /// </summary>
    private static bool Readable(PdfFontResource font, ushort[] glyphs, int start, int end, ReadOnlySpan<char> characters)
    {
        if (end - start == 1)
        {
            return font.Reads(glyphs[start], characters);
        }

        var index = start;
        var rest = characters;
        while (!rest.IsEmpty)
        {
            var length = char.IsSurrogatePair(rest[0], rest.Length > 1 ? rest[1] : '\0') ? 2 : 1;
            if (index == end || !font.Reads(glyphs[index], rest[..length]))
            {
                return false;
            }

            index++;
            rest = rest[length..];
        }

        return index == end;
    }

    /// <summary>The characters in reverse order, a surrogate pair kept as one.</summary>
    private static ReadOnlySpan<char> Visual(ReadOnlySpan<char> logical)
    {
        if (logical.Length < 2)
        {
            return logical;
        }

        var reversed = new char[logical.Length];
        var at = reversed.Length;
        for (var index = 0; index < logical.Length;)
        {
            var length = char.IsSurrogatePair(logical[index], index + 1 < logical.Length ? logical[index + 1] : '\0') ? 2 : 1;
            at -= length;
            logical.Slice(index, length).CopyTo(reversed.AsSpan(at));
            index += length;
        }

        return reversed;
    }

    /// <summary>
    /// The characters of the cluster that starts at glyph <paramref name="start"/>: from its cluster offset to the
    /// next larger offset in the run (the following glyph's left to right, the preceding one's right to left).
    /// </summary>
    private static ReadOnlySpan<char> ClusterText(ShapedRun run, int start, int end)
    {
        var clusters = run.Clusters;
        var from = clusters[start];
        var to = run.Text.Length;
        if (end < clusters.Length && clusters[end] > from)
        {
            to = clusters[end];
        }
        else if (start > 0 && clusters[start - 1] > from)
        {
            to = clusters[start - 1];
        }
        else
        {
            foreach (var cluster in clusters)
            {
                if (cluster > from && cluster < to)
                {
                    to = cluster;
                }
            }
        }

        return run.Text.AsSpan(from, to - from);
    }
}
