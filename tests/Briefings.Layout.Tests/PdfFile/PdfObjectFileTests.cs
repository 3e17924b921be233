using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Layout.PdfFile;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>
/// The file as the writer's chunks hold it: objects written in any order, streams among them, across many chunks of
/// the file, each where the cross-reference table says and each stream whole.
/// </summary>
public sealed partial class PdfObjectFileTests
{
    /// <summary>Stream and plain objects interleaved, some written out of order, over a file of many chunks.</summary>
    private static (byte[] File, Dictionary<int, byte[]> Streams) Write(int count)
    {
        var file = new PdfObjectFile("1.7", capacity: 1024);
        var numbers = Enumerable.Range(0, count).Select(_ => file.Reserve()).ToList();
        var streams = new Dictionary<int, byte[]>();
        var random = new Random(7);
        foreach (var number in numbers.AsEnumerable().Reverse().Where(number => number % 5 == 0).Concat(numbers.Where(number => number % 5 != 0)))
        {
            if (number % 2 == 0)
            {
                var data = new byte[random.Next(0, 40_000)];
                random.NextBytes(data.AsSpan(0, data.Length / 4));
                streams[number] = data;
                file.Stream(number, "/Kind/Test", data);
            }
            else
            {
                file.Begin(number).Ascii("<</Plain ").Integer(number).Ascii(">>");
                file.End();
            }
        }

        var information = file.Reserve();
        file.Begin(information).Ascii("<<>>");
        file.End();
        return (file.Finish(numbers[0], information), streams);
    }

    [Fact]
    public void Every_cross_reference_entry_points_at_its_object_and_every_stream_inflates_to_its_data()
    {
        var (pdf, streams) = Write(120);
        var text = Encoding.Latin1.GetString(pdf);

        var startxref = long.Parse(StartXref().Match(text).Groups["offset"].Value, CultureInfo.InvariantCulture);
        var entries = text[(int)startxref..].Split('\n').Skip(3).TakeWhile(line => line.EndsWith(" n ", StringComparison.Ordinal)).ToList();
        Assert.Equal(121, entries.Count);
        for (var number = 1; number <= entries.Count; number++)
        {
            var offset = int.Parse(entries[number - 1][..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{number} 0 obj\n", text[offset..], StringComparison.Ordinal);
        }

        foreach (var (number, data) in streams)
        {
            var offset = int.Parse(entries[number - 1][..10], CultureInfo.InvariantCulture);
            var header = StreamHeader().Match(text, offset);
            var length = int.Parse(header.Groups["length"].Value, CultureInfo.InvariantCulture);
            var body = pdf.AsSpan(header.Index + header.Length, length).ToArray();
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(new MemoryStream(body), CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            Assert.Equal(data, inflated.ToArray());
            Assert.Equal("\nendstream\nendobj\n", Encoding.Latin1.GetString(pdf, header.Index + header.Length + length, 18));
        }
    }

    [GeneratedRegex(@"startxref\n(?<offset>\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\G\d+ 0 obj\n<</Kind/Test/Length (?<length>\d+)/Filter/FlateDecode>>\nstream\n")]
    private static partial Regex StreamHeader();
}
