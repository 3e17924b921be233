using System.Text;
using static Briefings.Layout.PdfFile.PdfSyntax;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// The classic cross-reference sections of a PDF, newest first along the <c>/Prev</c> chain, and the newest
/// trailer. Skia writes one classic table; earlier incremental updates (ours) add sections in front of it.
/// </summary>
internal sealed class PdfCrossReference
{
    /// <summary>How far from the end <c>startxref</c> may be; the spec allows only trailing whitespace and %%EOF.</summary>
    private const int TailSearchLength = 1024;

    private readonly Dictionary<int, (long Offset, int Generation)> objects;

    private PdfCrossReference(long startOffset, Dictionary<int, (long Offset, int Generation)> objects, List<PdfDictionaryEntry> trailer)
    {
        StartOffset = startOffset;
        this.objects = objects;
        Trailer = trailer;
    }

    /// <summary>The byte offset <c>startxref</c> names: an incremental update's <c>/Prev</c>.</summary>
    public long StartOffset { get; }

    /// <summary>The newest trailer's entries.</summary>
    public List<PdfDictionaryEntry> Trailer { get; }

    public static PdfCrossReference Read(byte[] pdf)
    {
        var startOffset = FindStartXref(pdf);
        var objects = new Dictionary<int, (long Offset, int Generation)>();
        List<PdfDictionaryEntry>? newestTrailer = null;
        var visited = new HashSet<long>();
        for (long? sectionOffset = startOffset; sectionOffset is { } offset;)
        {
            if (!visited.Add(offset))
            {
                throw Error((int)offset, "the /Prev chain of cross-reference sections loops");
            }

            var trailer = ReadSection(pdf, offset, objects);
            newestTrailer ??= trailer;
            sectionOffset = trailer.FirstOrDefault(e => e.Key == "Prev") is { Value.Length: > 0 } prev
                ? ParseLong(pdf, prev.Value)
                : null;
        }

        return new PdfCrossReference(startOffset, objects, newestTrailer!);
    }

    public PdfDictionaryEntry? TrailerEntry(string key) => Trailer.Cast<PdfDictionaryEntry?>().FirstOrDefault(e => e!.Value.Key == key);

    /// <summary>The file offset of the newest version of object <paramref name="reference"/>.</summary>
    public int OffsetOf(PdfReference reference)
    {
        if (!objects.TryGetValue(reference.Number, out var entry) || entry.Generation != reference.Generation)
        {
            throw new PdfStructureException($"Object {reference} is not in the PDF's cross-reference table.");
        }

        return checked((int)entry.Offset);
    }

    private static long FindStartXref(byte[] pdf)
    {
        var tailStart = Math.Max(0, pdf.Length - TailSearchLength);
        var tail = pdf.AsSpan(tailStart);
        var index = tail.LastIndexOf("startxref"u8);
        if (index < 0)
        {
            throw new PdfStructureException("Not a complete PDF: no 'startxref' near the end of the file.");
        }

        var position = tailStart + index + "startxref".Length;
        var offset = ReadInteger(pdf, ref position);
        if (offset >= pdf.Length)
        {
            throw Error(position, "startxref points past the end of the file");
        }

        return offset;
    }

    /// <summary>Reads one <c>xref … trailer &lt;&lt;…&gt;&gt;</c> section, adding objects not already known from newer sections.</summary>
    private static List<PdfDictionaryEntry> ReadSection(byte[] pdf, long offset, Dictionary<int, (long Offset, int Generation)> objects)
    {
        var position = SkipWhitespaceAndComments(pdf, checked((int)offset));
        var keyword = ReadRegularToken(pdf, position);
        if (!keyword.Of(pdf).SequenceEqual("xref"u8))
        {
            throw new PdfStructureException(
                $"The cross-reference section at byte {offset} is not a classic 'xref' table (a cross-reference stream?); only classic tables, as Skia writes them, are supported.");
        }

        position = keyword.End;
        while (true)
        {
            position = SkipWhitespaceAndComments(pdf, position);
            var token = ReadRegularToken(pdf, position);
            if (token.Of(pdf).SequenceEqual("trailer"u8))
            {
                return ReadDictionary(pdf, token.End);
            }

            var first = ReadInteger(pdf, ref position);
            var count = ReadInteger(pdf, ref position);
            for (var i = 0; i < count; i++)
            {
                var entryOffset = ReadLongToken(pdf, ref position);
                var generation = ReadInteger(pdf, ref position);
                position = SkipWhitespaceAndComments(pdf, position);
                var type = ReadRegularToken(pdf, position);
                position = type.End;
                if (type.Of(pdf).SequenceEqual("n"u8))
                {
                    objects.TryAdd(first + i, (entryOffset, generation));
                }
                else if (type.Of(pdf).SequenceEqual("f"u8))
                {
                    // A free entry in a newer section hides older versions of the object.
                    objects.TryAdd(first + i, (-1, -1));
                }
                else
                {
                    throw Error(type.Start, "cross-reference entry is neither 'n' nor 'f'");
                }
            }
        }
    }

    private static long ReadLongToken(byte[] pdf, ref int position)
    {
        position = SkipWhitespaceAndComments(pdf, position);
        var token = ReadRegularToken(pdf, position);
        position = token.End;
        return ParseLong(pdf, token);
    }

    private static long ParseLong(byte[] pdf, PdfSpan token) =>
        long.TryParse(Encoding.ASCII.GetString(token.Of(pdf)), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(token.Start, "expected a byte offset");
}
