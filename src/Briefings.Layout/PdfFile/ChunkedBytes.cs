using System.Security.Cryptography;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// Bytes appended in chunks smaller than the large-object threshold, copied into one array once, at the end. A long
/// PDF is megabytes: written into one buffer grown by doubling, the file was on the large-object heap three times
/// over at its end (the buffer, the half-size one it replaced, the copy returned), at the build's peak of memory.
/// </summary>
internal sealed class ChunkedBytes
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> chunks = [];
    private int lastUsed = ChunkSize;

    public long Length { get; private set; }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (lastUsed == ChunkSize)
            {
                chunks.Add(new byte[ChunkSize]);
                lastUsed = 0;
            }

            var count = Math.Min(bytes.Length, ChunkSize - lastUsed);
            bytes[..count].CopyTo(chunks[^1].AsSpan(lastUsed));
            lastUsed += count;
            Length += count;
            bytes = bytes[count..];
        }
    }

    /// <summary>Adds everything appended so far to <paramref name="hash"/>.</summary>
    public void AppendTo(IncrementalHash hash)
    {
        for (var index = 0; index < chunks.Count; index++)
        {
            hash.AppendData(chunks[index], 0, index == chunks.Count - 1 ? lastUsed : ChunkSize);
        }
    }

    /// <summary>Copies everything appended so far to the start of <paramref name="target"/>.</summary>
    public void CopyTo(Span<byte> target)
    {
        for (var index = 0; index < chunks.Count; index++)
        {
            chunks[index].AsSpan(0, index == chunks.Count - 1 ? lastUsed : ChunkSize).CopyTo(target[(index * ChunkSize)..]);
        }
    }
}
