using System.IO.Compression;

namespace Briefings.Docx.Packaging;

/// <summary>
/// Rewrites a package so identical content gives identical bytes: <c>[Content_Types].xml</c> first, the other
/// entries in ordinal order, every entry stamped 1980-01-01 (the zip epoch), one fixed compression level.
/// </summary>
internal static class DeterministicZip
{
    private const string ContentTypes = "[Content_Types].xml";
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Rewrite(Stream package)
    {
        package.Position = 0;
        var entries = new List<(string Name, byte[] Content)>();
        using (var input = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                var content = new byte[entry.Length];
                source.ReadExactly(content);
                entries.Add((entry.FullName, content));
            }
        }

        entries.Sort(static (left, right) => (left.Name == ContentTypes, right.Name == ContentTypes) switch
        {
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(left.Name, right.Name),
        });

        var capacity = 0;
        foreach (var (_, content) in entries)
        {
            capacity += content.Length;
        }

        using var output = new MemoryStream(capacity / 3 + 1024);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Epoch;
                using var target = entry.Open();
                target.Write(content);
            }
        }

        return output.ToArray();
    }
}
