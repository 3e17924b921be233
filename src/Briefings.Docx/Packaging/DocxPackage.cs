using System.IO.Compression;
using DocumentFormat.OpenXml;

namespace Briefings.Docx.Packaging;

/// <summary>
/// Writes the zip of a .docx straight into its output, one part after the other, in the order the caller
/// writes them: no package model, and no copy of the parts in memory to be zipped again. Every entry is
/// stamped 1980-01-01 (the zip epoch) and compressed at one fixed level, so identical parts written in the
/// same order give identical bytes.
/// </summary>
internal sealed class DocxPackage(Stream output) : IDisposable
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive zip = new(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>Opens the next entry; it must be disposed before the next one is opened.</summary>
    public Stream Open(string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Epoch;
        return new EntryStream(entry.Open());
    }

    public void Write(string name, ReadOnlySpan<byte> content)
    {
        using var stream = Open(name);
        stream.Write(content);
    }

    /// <summary>Writes a part whose tree is complete.</summary>
    public void Write(PackagePart part, OpenXmlElement root)
    {
        using var stream = Open(part.Name);
        using var xml = new StreamedPart(stream, root);
        xml.Complete();
    }

    public void WriteRelationships(string name, IEnumerable<Relationship> relationships)
    {
        using var stream = Open(name);
        Relationships.Write(stream, relationships);
    }

    public void Dispose() => zip.Dispose();
}
