using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Layout.Drawing;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Testing.ExternalTools;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>
/// Text drawn through the PDF writer lands where layout put it: each glyph's origin, as an independent reader
/// (PdfPig) computes it from the TJ arrays and the widths array, is the pen position layout computed (pen plus
/// advance × size / units per em plus letter spacing per glyph, plus the glyph's offset), and the baseline is the
/// one drawn. The text still reads back: no glyph lost, ActualText where a glyph cannot say what it stands for,
/// and no reading for the missing glyph.
/// </summary>
public sealed class TextPlacementTests
{
    private const double Tolerance = 0.01;

    private static FontFace Caladea => TestFonts.Caladea.Regular;

    private static FontFace CaladeaBold => TestFonts.Caladea.Bold;

    private static FontFace Carlito => TestFonts.Carlito.Regular;

    private static FontFace DejaVuSans => TestFonts.Fallbacks.Single(face => face.Name == "DejaVuSans");

    private static ShapedRun Shape(FontFace face, string text, bool rightToLeft = false) => TestFonts.Library.Shaper.Shape(face, text, rightToLeft);

    [ToolFact(PdfToText.Tool)]
    public void Justified_line_of_separately_drawn_words_puts_every_glyph_where_layout_put_it()
    {
        var words = "Japan renounced all right, title and claim to the Kuril Islands in 1951".Split(' ');
        var draws = Justify(Caladea, 10.5, words, x: 72, stretch: 1.6180339, baseline: 120);

        var pdf = AssertPlacedAsLaidOut(draws);

        Assert.Equal(string.Concat(words), Letters(pdf));
        Assert.Equal(words, ExtractWords(pdf, "justified"));
    }

    [ToolFact(PdfToText.Tool)]
    public void Several_justified_lines_with_different_stretch_keep_their_baselines()
    {
        var words = "The dispute over the four islands has kept the two states from signing a peace treaty since the war".Split(' ');
        var draws = new List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)>();
        draws.AddRange(Justify(Caladea, 10.5, words[..7], 72, 1.35, 200));
        draws.AddRange(Justify(Caladea, 10.5, words[7..14], 72, 1.2 + (1 / 3.0), 213.75));
        draws.AddRange(Justify(CaladeaBold, 10.5, words[14..], 72.25, 1.0007, 227.5));

        var pdf = AssertPlacedAsLaidOut(draws);

        Assert.Equal(words, ExtractWords(pdf, "justified-lines"));
    }

    [ToolFact(PdfToText.Tool)]
    public void Letter_spacing_is_added_after_every_glyph()
    {
        var draws = new List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)>
        {
            (Shape(Carlito, "SPACED CAPITALS"), 72, 100, 12, 1.5),
            (Shape(Carlito, "Tightened text"), 72, 130, 9, -0.35),
            (Shape(Caladea, "Wide tracking"), 72, 160, 10.5, 3.25),
            (Shape(Caladea, "normal"), 300, 160, 10.5, 0),
        };

        var pdf = AssertPlacedAsLaidOut(draws);

        Assert.Equal("SPACEDCAPITALSTightenedtextWidetrackingnormal", Letters(pdf).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Contains("Tightened text", Extract(pdf, "letter-spacing"), StringComparison.Ordinal);
    }

    [ToolFact(PdfToText.Tool)]
    public void Two_sizes_on_one_baseline_keep_the_pen_continuous()
    {
        var small = Shape(Caladea, "Size ");
        var large = Shape(Caladea, "matters");
        var after = Shape(Caladea, " here");
        var draws = new List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)>
        {
            (small, 72, 300, 8, 0),
            (large, 72 + small.Width(8), 300, 20.5, 0),
            (after, 72 + small.Width(8) + large.Width(20.5), 300, 8, 0),
            (Shape(Caladea, "odd size"), 72, 330, 10.0004, 0),
            (Shape(Caladea, "next"), 140, 330, 9.9996, 0),
        };

        var pdf = AssertPlacedAsLaidOut(draws);

        Assert.Equal("Size matters hereodd sizenext", Letters(pdf));

        // poppler orders the pieces of a line by its own heuristics when the size changes along it: the words, in any order.
        Assert.Equal(["Size", "here", "matters", "next", "odd", "size"], ExtractWords(pdf, "two-sizes").Order(StringComparer.Ordinal));
    }

    [ToolFact(PdfToText.Tool)]
    public void Two_fonts_on_one_baseline_share_it_and_meet_where_layout_joined_them()
    {
        var first = Shape(Caladea, "Caladea ");
        var second = Shape(Carlito, "Carlito ");
        var third = Shape(DejaVuSans, "DejaVu");
        var draws = new List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)>
        {
            (first, 72, 400, 11, 0),
            (second, 72 + first.Width(11), 400, 11, 0),
            (third, 72 + first.Width(11) + second.Width(11), 400, 9.5, 0),

            // Back to the first font, and a run drawn to the left of what came before on the baseline.
            (Shape(Caladea, "again"), 400, 400, 11, 0),
            (Shape(Carlito, "left"), 360, 400, 11, 0),
        };

        var pdf = AssertPlacedAsLaidOut(draws);

        Assert.Equal("Caladea Carlito DejaVuagainleft", Letters(pdf));
        Assert.Equal(["Caladea", "Carlito", "DejaVu"], ExtractWords(pdf, "two-fonts").Take(3));
    }

    [ToolFact(PdfToText.Tool)]
    public void Right_to_left_Hebrew_run_is_placed_glyph_by_glyph_in_visual_order()
    {
        const string hebrew = "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD";
        var run = Shape(DejaVuSans, hebrew, rightToLeft: true);
        Assert.True(run.Glyphs.All(glyph => glyph != 0), "DejaVu Sans has the Hebrew letters");
        var draws = new List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)>
        {
            (Shape(DejaVuSans, "Peace:"), 72, 500, 12, 0),
            (run, 150, 500, 12, 0),
        };

        var pdf = AssertPlacedAsLaidOut(draws);

        // In the content stream the glyphs come leftmost first, each reading as the character it was drawn for.
        var visual = string.Concat(Enumerable.Range(0, run.Glyphs.Length).Select(index => hebrew[run.Clusters[index]]));
        Assert.Equal("Peace:" + visual, Letters(pdf));
        var text = Extract(pdf, "hebrew");
        Assert.Contains("\u05E9\u05DC\u05D5\u05DD", text, StringComparison.Ordinal);
        Assert.Contains("\u05E2\u05D5\u05DC\u05DD", text, StringComparison.Ordinal);
    }

    [ToolFact(PdfToText.Tool)]
    public void Combining_marks_are_placed_with_their_offsets_and_read_back()
    {
        var composed = Shape(Caladea, "Cafe\u0301 au lait");
        var decomposed = Shape(DejaVuSans, "q\u0301 and Q\u0301");
        Assert.Contains(decomposed.OffsetsX, offset => offset != 0);
        Assert.Contains(decomposed.OffsetsY, offset => offset != 0);
        var draws = new List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)>
        {
            (composed, 72, 600, 14, 0),
            (decomposed, 72, 630, 14, 0),
            (Shape(DejaVuSans, "Q\u0301Q\u0301"), 200, 630, 14, 2),
        };

        var pdf = AssertPlacedAsLaidOut(draws);

        var lines = Extract(pdf, "combining").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Cafe\u0301 au lait", lines[0]);
        Assert.StartsWith("q\u0301 and Q\u0301", lines[1], StringComparison.Ordinal);
    }

    [ToolFact(PdfToText.Tool)]
    public void Kerned_run_places_each_glyph_at_its_kerned_position()
    {
        var run = Shape(Carlito, "AVAWAY, Tokyo. \u201CYes,\u201D P.J. said");
        Assert.Contains(Enumerable.Range(0, run.Glyphs.Length), index => run.Advances[index] != run.Face.Advance(run.Glyphs[index]));

        var pdf = AssertPlacedAsLaidOut([(run, 72, 100, 24, 0), (run, 72, 140, 7.3, 0.2)]);

        Assert.Equal(["AVAWAY,", "Tokyo.", "\u201CYes,\u201D", "P.J.", "said"], ExtractWords(pdf, "kerning").Take(5));
    }

    [Fact]
    public void Long_line_at_an_odd_size_does_not_drift()
    {
        var text = string.Concat(Enumerable.Repeat("Habomai, Shikotan, Kunashiri and Etorofu. ", 8));
        var run = Shape(Caladea, text);
        Assert.True(run.Glyphs.Length > 300, "a long run");

        // Far wider than the page: the reader's pen must still be where layout's is at the last glyph.
        AssertPlacedAsLaidOut([(run, 12.3456, 300, 7.3217, 0.0137), (run, -40.5, 320.123, 11.111, -0.0123)]);
    }

    [Fact]
    public void Text_after_a_rectangle_or_a_colour_change_on_the_same_baseline_stays_in_place()
    {
        var first = Shape(DejaVuSans, "ends with a raised mark: Q\u0301");
        Assert.NotEqual(0, first.OffsetsY[^1]);
        var second = Shape(DejaVuSans, "after the box");
        var third = Shape(DejaVuSans, "in red");
        var fourth = Shape(Caladea, "then black");
        var draws = new List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)>
        {
            (Shape(DejaVuSans, "Q\u0301"), 72, 700, 12, 0),
            (first, 90, 700, 12, 0),
            (second, 100 + first.Width(12), 700, 12, 0),
            (third, 110 + first.Width(12) + second.Width(12), 700, 12, 0),
            (fourth, 72, 715, 12, 0.5),
        };

        // A rectangle ends the text object after a glyph drawn with a rise: the text after it must not inherit
        // the rise. Colours change within a line.
        AssertPlacedAsLaidOut(
            draws,
            beforeEach: (canvas, index) =>
            {
                if (index == 2)
                {
                    canvas.FillRectangle(new Rect(95 + first.Width(12), 690, 4, 12), Color.Black);
                }
            },
            colorOf: index => index == 3 ? new Color(200, 0, 0) : Color.Black);
    }

    /// <summary>
    /// Arabic needs its lam-alef ligature, one glyph for two letters, which the cmap gives only as a presentation
    /// form: the writer marks the cluster with ActualText in visual order, as its glyphs are (readers reverse the
    /// right-to-left line, the span with it).
    /// </summary>
    [Fact]
    public void Arabic_run_is_placed_in_visual_order_with_its_ligature_marked_as_the_letters()
    {
        const string arabic = "\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645";
        var run = Shape(DejaVuSans, arabic, rightToLeft: true);
        Assert.DoesNotContain((ushort)0, run.Glyphs);
        Assert.True(run.Glyphs.Length < arabic.Length, "lam-alef is one glyph");

        var pdf = AssertPlacedAsLaidOut([(run, 300, 100, 14, 0)]);

        Assert.Contains("/ActualText<FEFF06270644>", Content(pdf), StringComparison.Ordinal);
    }

    /// <summary>
    /// poppler lays an ActualText span's characters out over the span's glyphs left to right and then reverses the
    /// right-to-left line, so an RTL cluster's ActualText must be in visual order to come out in logical order.
    /// </summary>
    [Fact]
    public void Arabic_run_extracts_as_its_words()
    {
        const string arabic = "\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645";
        var pdf = AssertPlacedAsLaidOut([(Shape(DejaVuSans, arabic, rightToLeft: true), 300, 100, 14, 0)]);

        var words = ExtractWords(pdf, "arabic").Select(word => word.Trim('\u202B', '\u202C', '\u200F')).ToArray();

        Assert.Equal(arabic.Split(' '), words);
    }

    /// <summary>
    /// Carlito has no no-break space, so HarfBuzz draws U+00A0 with the space glyph: one glyph for two texts. The
    /// ToUnicode map keeps the first reading and the other is given by an ActualText span.
    /// </summary>
    [ToolFact(PdfToText.Tool)]
    public void Glyph_drawn_for_two_different_texts_gets_an_ActualText_span_and_extracts_as_each()
    {
        const string text = "Kuril Islands\u00A0(1956)";
        Assert.False(Carlito.HarfBuzz.TryGetNominalGlyph(0xA0, out var noBreak) && noBreak != 0, "Carlito maps U+00A0");
        var run = Shape(Carlito, text);
        var space = run.Glyphs[text.IndexOf(' ', StringComparison.Ordinal)];
        Assert.Equal(space, run.Glyphs[text.IndexOf('\u00A0', StringComparison.Ordinal)]);

        var pdf = AssertPlacedAsLaidOut([(run, 72, 100, 12, 0)]);

        Assert.Contains("/ActualText<FEFF00A0>", Content(pdf), StringComparison.Ordinal);
        Assert.Equal(" ", Readings(pdf)[space]);

        // poppler writes every no-break space as a space, whichever way it learns of it.
        Assert.Equal(text.Replace('\u00A0', ' '), Extract(pdf, "two-readings").Trim());
    }

    /// <summary>
    /// DejaVu Sans forms the "ffi" ligature, and its cmap gives that glyph U+FB03: drawn for "ﬃ" and for the
    /// letters "ffi", the second gets an ActualText span saying "ffi".
    /// </summary>
    [ToolFact(PdfToText.Tool)]
    public void Ligature_glyph_drawn_for_its_character_and_for_its_letters_extracts_as_each()
    {
        const string text = "\uFB03 office";
        var run = Shape(DejaVuSans, text);
        Assert.Equal(2, run.Glyphs.Count(glyph => glyph == run.Glyphs[0]));

        var pdf = AssertPlacedAsLaidOut([(run, 72, 100, 12, 0)]);

        Assert.Contains("/ActualText(ffi)", Content(pdf), StringComparison.Ordinal);
        Assert.Equal("\uFB03", Readings(pdf)[run.Glyphs[0]]);
        Assert.Equal(text, Extract(pdf, "ligature-readings").Trim());
    }

    [ToolFact(PdfToText.Tool)]
    public void Character_the_font_lacks_draws_the_missing_glyph_with_no_ToUnicode_reading()
    {
        const string text = "Etorofu \u629E\u6349 island";
        var run = Shape(Caladea, text);
        Assert.Contains((ushort)0, run.Glyphs);

        var pdf = AssertPlacedAsLaidOut([(run, 72, 100, 12, 0)]);

        var readings = Readings(pdf);
        Assert.DoesNotContain((ushort)0, readings.Keys);
        for (var index = 0; index < run.Glyphs.Length; index++)
        {
            if (run.Glyphs[index] != 0)
            {
                Assert.Equal(text[run.Clusters[index]].ToString(), readings[run.Glyphs[index]]);
            }
        }

        Assert.Equal(text, Extract(pdf, "missing-glyph").Trim());
    }

    /// <summary>PDF/A may not show .notdef: the missing character keeps its room and its text, shown blank.</summary>
    [ToolFact(PdfToText.Tool)]
    public void Pdfa_leaves_out_the_missing_glyph_but_keeps_its_text()
    {
        const string text = "Etorofu \u629E\u6349 island";
        var run = Shape(Caladea, text);
        Assert.Contains((ushort)0, run.Glyphs);

        var plain = TestPdf.Render(1, (canvas, _) => canvas.DrawText(run, 72, 100, 12, Color.Black, 0));
        var archival = TestPdf.Render(1, (canvas, _) => canvas.DrawText(run, 72, 100, 12, Color.Black, 0), pdfA: true);

        Assert.Contains("<0000", Content(plain), StringComparison.Ordinal);
        Assert.DoesNotContain("0000", Content(archival), StringComparison.Ordinal);
        Assert.Contains("/ActualText<FEFF629E>", Content(archival), StringComparison.Ordinal);
        // The blank stands in narrower than the box, so poppler may see a gap between the two characters.
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), Regex.Replace(Extract(archival, "missing-glyph-pdfa"), @"\s+", string.Empty));
        using var document = UglyToad.PdfPig.PdfDocument.Open(archival);
        var island = document.GetPage(1).Letters.First(letter => letter.Value == "i");
        var plainIsland = UglyToad.PdfPig.PdfDocument.Open(plain).GetPage(1).Letters.First(letter => letter.Value == "i");
        Assert.Equal(plainIsland.StartBaseLine.X, island.StartBaseLine.X, 2);
    }

    /// <summary>
    /// Draws the runs on one A4 page through the writer (fonts subset as the engine does), then checks with PdfPig
    /// that there is one letter per glyph, each starting where layout put it and sitting on its baseline (raised
    /// by the glyph's vertical offset).
    /// </summary>
    private static byte[] AssertPlacedAsLaidOut(
        IReadOnlyList<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)> draws,
        Action<ICanvas, int>? beforeEach = null,
        Func<int, Color>? colorOf = null)
    {
        var pdf = TestPdf.Render(1, (canvas, _) =>
        {
            for (var index = 0; index < draws.Count; index++)
            {
                var (run, x, baseline, size, letterSpacing) = draws[index];
                beforeEach?.Invoke(canvas, index);
                canvas.DrawText(run, x, baseline, size, colorOf?.Invoke(index) ?? Color.Black, letterSpacing);
            }
        });

        var expected = new List<(double X, double Y, bool Mark, string What)>();
        foreach (var (run, x, baseline, size, letterSpacing) in draws)
        {
            var scale = size / run.Face.UnitsPerEm;
            var pen = x;
            for (var index = 0; index < run.Glyphs.Length; index++)
            {
                var mark = run.Advances[index] == 0 && char.GetUnicodeCategory(run.Text, run.Clusters[index]) == System.Globalization.UnicodeCategory.NonSpacingMark;
                expected.Add((pen + (run.OffsetsX[index] * scale), TestPdf.PageSize.Height - baseline + (run.OffsetsY[index] * scale), mark, $"glyph {index} ({run.Glyphs[index]}) of \"{run.Text}\" in {run.Face.Name} at {size} pt"));
                pen += (run.Advances[index] * scale) + letterSpacing;
            }
        }

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var next = 0;
        foreach (var (x, y, mark, what) in expected)
        {
            if (mark && next > 0 && FoldedMark(letters[next - 1].Value) && (next == letters.Count || !At(letters[next], x, y)))
            {
                // PdfPig folds a combining mark drawn over the letter before into that letter ("q" + U+0301 reads as
                // one letter "q́" at the q): the mark is there, its own position is not reported.
                continue;
            }

            Assert.True(next < letters.Count, $"{what}: PdfPig reads only {letters.Count} letters");
            var start = letters[next].StartBaseLine;
            Assert.True(At(letters[next], x, y), $"{what}: PdfPig reads its origin at ({start.X:0.####}, {start.Y:0.####}), layout put it at ({x:0.####}, {y:0.####})");
            next++;
        }

        Assert.Equal(letters.Count, next);
        return pdf;
    }

    private static bool At(UglyToad.PdfPig.Content.Letter letter, double x, double y) =>
        Math.Abs(letter.StartBaseLine.X - x) <= Tolerance && Math.Abs(letter.StartBaseLine.Y - y) <= Tolerance;

    /// <summary>Whether PdfPig made one letter of a character and the combining marks after it.</summary>
    private static bool FoldedMark(string value) =>
        value.Length > 1 && char.GetUnicodeCategory(value, value.Length - 1) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// The words set on one line, each drawn as its own run as a justified line is, the spaces between them
    /// stretched by <paramref name="stretch"/> (1.35: a third wider than the font's space).
    /// </summary>
    private static List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)> Justify(FontFace face, double size, string[] words, double x, double stretch, double baseline)
    {
        var runs = words.Select(word => Shape(face, word)).ToList();
        var gap = Shape(face, " ").Width(size) * stretch;
        var draws = new List<(ShapedRun Run, double X, double Baseline, double Size, double LetterSpacing)>();
        foreach (var run in runs)
        {
            draws.Add((run, x, baseline, size, 0));
            x += run.Width(size) + gap;
        }

        return draws;
    }

    /// <summary>The page's letters as PdfPig reads them (through the ToUnicode map, ignoring ActualText), in drawing order.</summary>
    private static string Letters(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPage(1).Letters.Select(letter => letter.Value));
    }

    private static string Extract(byte[] pdf, string name) => PdfToText.Extract(TestPdf.WriteTemp(pdf, name)).ReplaceLineEndings("\n");

    private static string[] ExtractWords(byte[] pdf, string name) => Extract(pdf, name).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every Flate stream of the file, inflated (the writer compresses all but the XMP packet).</summary>
    private static List<byte[]> Streams(byte[] pdf)
    {
        var streams = new List<byte[]>();
        var latin1 = Encoding.Latin1.GetString(pdf);
        foreach (Match match in Regex.Matches(latin1, "/Length (\\d+)/Filter/FlateDecode>>\nstream\n"))
        {
            var length = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            using var input = new MemoryStream(pdf, match.Index + match.Length, length);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            zlib.CopyTo(output);
            streams.Add(output.ToArray());
        }

        return streams;
    }

    /// <summary>The page's content stream.</summary>
    private static string Content(byte[] pdf) =>
        Streams(pdf).Select(stream => Encoding.Latin1.GetString(stream)).Single(text => text.Contains("\nBT\n", StringComparison.Ordinal));

    /// <summary>The (only) font's ToUnicode CMap.</summary>
    private static string ToUnicodeStream(byte[] pdf) =>
        Streams(pdf).Select(stream => Encoding.Latin1.GetString(stream)).Single(text => text.Contains("begincmap", StringComparison.Ordinal));

    /// <summary>The ToUnicode map's bfchar entries: glyph code to the text it reads as.</summary>
    private static Dictionary<ushort, string> Readings(byte[] pdf)
    {
        var readings = new Dictionary<ushort, string>();
        var blocks = Regex.Matches(ToUnicodeStream(pdf), "beginbfchar\n(.*?)endbfchar", RegexOptions.Singleline);
        Assert.NotEmpty(blocks);
        foreach (Match match in blocks.SelectMany(block => Regex.Matches(block.Groups[1].Value, "<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]+)>")))
        {
            var units = Convert.FromHexString(match.Groups[2].Value);
            readings.Add(Convert.ToUInt16(match.Groups[1].Value, 16), Encoding.BigEndianUnicode.GetString(units));
        }

        return readings;
    }
}
