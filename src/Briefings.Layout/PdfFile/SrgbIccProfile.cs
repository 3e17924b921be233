using System.Buffers.Binary;
using System.Text;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// An ICC version 2 display profile for sRGB (IEC 61966-2.1), built from the standard's numbers: the output
/// intent of a PDF/A file, which says what its DeviceRGB colours mean. Built in code, so the repository carries
/// no opaque binary and the bytes are the same everywhere.
/// </summary>
internal static class SrgbIccProfile
{
    public const string Description = "sRGB IEC61966-2.1";

    private const int CurvePoints = 1024;

    private static readonly Lazy<byte[]> Profile = new(Build);

    public static byte[] Bytes => Profile.Value;

    private static byte[] Build()
    {
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", TextDescription(Description)),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", Xyz(0.9505, 1.0, 1.0891)),

            // The primaries adapted to the D50 connection space (Bradford), as the standard's profile gives them.
            ("rXYZ", Xyz(0.4360747, 0.2225045, 0.0139322)),
            ("gXYZ", Xyz(0.3850649, 0.7168786, 0.0971045)),
            ("bXYZ", Xyz(0.1430804, 0.0606169, 0.7141733)),
            ("rTRC", Curve()),
        };

        const int headerLength = 128;
        var tableLength = 4 + (12 * (tags.Count + 2));
        var offsets = new List<int>();
        var position = headerLength + tableLength;
        foreach (var (_, data) in tags)
        {
            offsets.Add(position);
            position += (data.Length + 3) & ~3;
        }

        var profile = new byte[position];
        var span = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)profile.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 0x02100000);
        Ascii(span[12..], "mntr");
        Ascii(span[16..], "RGB ");
        Ascii(span[20..], "XYZ ");
        BinaryPrimitives.WriteUInt16BigEndian(span[24..], 2026);
        BinaryPrimitives.WriteUInt16BigEndian(span[26..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(span[28..], 1);
        Ascii(span[36..], "acsp");
        Fixed(span[68..], 0.9642);
        Fixed(span[72..], 1.0);
        Fixed(span[76..], 0.8249);

        BinaryPrimitives.WriteUInt32BigEndian(span[headerLength..], (uint)(tags.Count + 2));
        var entry = headerLength + 4;
        for (var i = 0; i < tags.Count; i++)
        {
            WriteEntry(span[entry..], tags[i].Signature, offsets[i], tags[i].Data.Length);
            tags[i].Data.CopyTo(span[offsets[i]..]);
            entry += 12;
        }

        // The three channels share one tone curve.
        WriteEntry(span[entry..], "gTRC", offsets[^1], tags[^1].Data.Length);
        WriteEntry(span[(entry + 12)..], "bTRC", offsets[^1], tags[^1].Data.Length);
        return profile;
    }

    private static void WriteEntry(Span<byte> entry, string signature, int offset, int length)
    {
        Ascii(entry, signature);
        BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)offset);
        BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)length);
    }

    private static byte[] TextDescription(string text)
    {
        // textDescriptionType: the ASCII description, then empty Unicode and ScriptCode descriptions (67 bytes).
        var data = new byte[8 + 4 + text.Length + 1 + 4 + 4 + 2 + 1 + 67];
        Ascii(data, "desc");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)(text.Length + 1));
        Ascii(data.AsSpan(12), text);
        return data;
    }

    private static byte[] Text(string text)
    {
        var data = new byte[8 + text.Length + 1];
        Ascii(data, "text");
        Ascii(data.AsSpan(8), text);
        return data;
    }

    private static byte[] Xyz(double x, double y, double z)
    {
        var data = new byte[20];
        Ascii(data, "XYZ ");
        Fixed(data.AsSpan(8), x);
        Fixed(data.AsSpan(12), y);
        Fixed(data.AsSpan(16), z);
        return data;
    }

    /// <summary>The sRGB transfer function, sampled: linear near black, a 2.4 power above (IEC 61966-2.1 §5.2).</summary>
    private static byte[] Curve()
    {
        var data = new byte[12 + (2 * CurvePoints)];
        Ascii(data, "curv");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
        {
            var encoded = i / (double)(CurvePoints - 1);
            var linear = encoded <= 0.04045 ? encoded / 12.92 : Math.Pow((encoded + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + (2 * i)), (ushort)Math.Round(linear * 65535));
        }

        return data;
    }

    private static void Fixed(Span<byte> target, double value) =>
        BinaryPrimitives.WriteInt32BigEndian(target, (int)Math.Round(value * 65536));

    private static void Ascii(Span<byte> target, string text) => Encoding.ASCII.GetBytes(text, target);
}
