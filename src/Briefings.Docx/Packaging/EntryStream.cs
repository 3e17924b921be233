namespace Briefings.Docx.Packaging;

/// <summary>
/// A zip entry's stream that ignores <see cref="Flush"/>. An XML writer flushes its output when it closes,
/// and a flushed deflate stream ends its block with a sync marker: the same content, other bytes, depending
/// on who flushed when. The entry is compressed in one run and finished when it is disposed.
/// </summary>
internal sealed class EntryStream(Stream entry) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => entry.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => entry.Write(buffer);

    public override void WriteByte(byte value) => entry.WriteByte(value);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            entry.Dispose();
        }

        base.Dispose(disposing);
    }
}
