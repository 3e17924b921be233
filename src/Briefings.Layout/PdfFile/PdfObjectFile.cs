using System.IO.Compression;
using System.Security.Cryptography;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// The body of a PDF file as it is written: numbered objects, each written once and in any order, their offsets
/// for the cross-reference table, and the trailer. Object numbers are handed out before the objects are
/// written, so pages can point at fonts and outlines at pages that come later. An object is written into a buffer
/// of its own and moved into the file's chunks when it ends (<see cref="ChunkedBytes"/>).
/// </summary>
internal sealed class PdfObjectFile
{
    private readonly ChunkedBytes written = new();
    private readonly PdfBuffer output;
    private readonly List<long> offsets = [0];
    // Every stream is deflated into this one, which grows to the largest (a font program) and is reused.
    private readonly MemoryStream deflated = new(1 << 16);

    public PdfObjectFile(string version, int capacity)
    {
        output = new PdfBuffer(capacity);

        // The comment of four bytes above 127 tells transfer tools the file is binary (§7.5.2).
        output.Ascii("%PDF-").Ascii(version).Ascii("\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Byte((byte)'\n');
    }

    /// <summary>A new object number, for an object to be written later with <see cref="Begin"/>.</summary>
    public int Reserve()
    {
        offsets.Add(-1);
        return offsets.Count - 1;
    }

    /// <summary>Starts writing object <paramref name="number"/> and returns the buffer to write its value into.</summary>
    public PdfBuffer Begin(int number)
    {
        if (offsets[number] >= 0)
        {
            throw new InvalidOperationException($"PDF object {number} is written twice");
        }

        offsets[number] = written.Length + output.Length;
        return output.Integer(number).Ascii(" 0 obj\n");
    }

    public void End()
    {
        output.Ascii("\nendobj\n");
        Flush();
    }

    /// <summary>
    /// Writes a stream object: <paramref name="dictionary"/> holds the entries other than /Length and /Filter
    /// (may be empty); the data is deflated unless <paramref name="compress"/> is false (XMP metadata must stay
    /// readable to tools that do not parse PDF).
    /// </summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        var body = compress ? Deflate(data) : data;

        Begin(number).Ascii("<<").Ascii(dictionary).Ascii("/Length ").Integer(body.Length);
        if (compress)
        {
            output.Ascii("/Filter/FlateDecode");
        }

        output.Ascii(">>\nstream\n").Bytes(body).Ascii("\nendstream");
        End();
    }

    /// <summary>A digest of everything written so far: identifiers derived from the content, never from the clock.</summary>
    public byte[] Digest()
    {
        Flush();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        written.AppendTo(hash);
        return hash.GetHashAndReset();
    }

    /// <summary>
    /// Writes the cross-reference table and the trailer. The document id is a digest of everything written
    /// before it, so it changes when the content does and never with the clock (§14.4).
    /// </summary>
    public byte[] Finish(int catalog, int information)
    {
        for (var number = 1; number < offsets.Count; number++)
        {
            if (offsets[number] < 0)
            {
                throw new InvalidOperationException($"PDF object {number} was reserved but never written");
            }
        }

        var id = Digest().AsSpan(0, 16);
        var crossReference = written.Length;
        output.Ascii("xref\n0 ").Integer(offsets.Count).Ascii("\n0000000000 65535 f \n");
        Span<byte> entry = stackalloc byte[20];
        for (var number = 1; number < offsets.Count; number++)
        {
            // Exactly twenty bytes an entry (§7.5.4): ten digits of offset, five of generation, "n", space, newline.
            var offset = offsets[number];
            for (var digit = 9; digit >= 0; digit--)
            {
                entry[digit] = (byte)('0' + (offset % 10));
                offset /= 10;
            }

            " 00000 n \n"u8.CopyTo(entry[10..]);
            output.Bytes(entry);
        }

        output.Ascii("trailer\n<</Size ").Integer(offsets.Count).Ascii("/Root ").Integer(catalog).Ascii(" 0 R/Info ").Integer(information)
            .Ascii(" 0 R/ID[<").HexBytes(id).Ascii("><").HexBytes(id).Ascii(">]>>\nstartxref\n").Integer(crossReference).Ascii("\n%%EOF\n");
        Flush();
        var file = new byte[written.Length];
        written.CopyTo(file);
        return file;
    }

    private void Flush()
    {
        written.Append(output.Written);
        output.Clear();
    }

    private ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data)
    {
        deflated.SetLength(0);
        using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
    }
}
