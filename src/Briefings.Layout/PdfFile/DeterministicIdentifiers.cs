using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// Skia's PDF/A output carries a UUID made from the clock: XMP <c>xmpMM:DocumentID</c>/<c>InstanceID</c>
/// (<c>uuid:0f55ca43-2aff-…</c>) and the trailer <c>/ID [&lt;0F55CA43…&gt; &lt;…&gt;]</c>. This replaces every
/// such identifier with one derived from a SHA-256 of the document with the identifiers blanked, character
/// for character, so no byte offset (xref, startxref, stream /Length) moves.
/// </summary>
internal static partial class DeterministicIdentifiers
{
    public static byte[] Apply(byte[] pdf)
    {
        // Latin-1 maps each byte to one char, so string indices are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var identifiers = FindIdentifiers(text);
        if (identifiers.Count == 0)
        {
            return pdf;
        }

        var occurrences = identifiers.SelectMany(id => FindOccurrences(text, id)).ToList();

        var blanked = (byte[])pdf.Clone();
        foreach (var occurrence in occurrences)
        {
            WriteHex(blanked, occurrence, new string('0', 32));
        }

        var contentHash = SHA256.HashData(blanked);
        var result = (byte[])pdf.Clone();
        for (var index = 0; index < identifiers.Count; index++)
        {
            var replacement = DeriveIdentifier(contentHash, index);
            foreach (var occurrence in occurrences.Where(o => o.Identifier == identifiers[index]))
            {
                WriteHex(result, occurrence, replacement);
            }
        }

        return result;
    }

    /// <summary>The distinct identifiers (32 lower-case hex digits) in XMP IDs and trailer /ID arrays, in order of appearance.</summary>
    private static List<string> FindIdentifiers(string text)
    {
        var found = new List<string>();
        foreach (Match match in XmpIdentifier().Matches(text))
        {
            found.Add(match.Groups["uuid"].Value.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
        }

        foreach (Match match in TrailerIdentifier().Matches(text))
        {
            found.Add(match.Groups["first"].Value.ToLowerInvariant());
            found.Add(match.Groups["second"].Value.ToLowerInvariant());
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every place an identifier is written, in either of its spellings, anywhere in the file.</summary>
    private static IEnumerable<IdentifierOccurrence> FindOccurrences(string text, string identifier)
    {
        var dashed = $"{identifier[..8]}-{identifier[8..12]}-{identifier[12..16]}-{identifier[16..20]}-{identifier[20..]}";
        foreach (var spelling in new[] { identifier, dashed })
        {
            for (var at = text.IndexOf(spelling, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(spelling, at + spelling.Length, StringComparison.OrdinalIgnoreCase))
            {
                yield return new IdentifierOccurrence(identifier, at, spelling.Length, IsUpperCase(text.AsSpan(at, spelling.Length), spelling == dashed));
            }
        }
    }

    /// <summary>
    /// Keeps each spelling's case: the occurrence's own letters decide; an all-digit one follows Skia's
    /// convention (upper-case hex in the trailer /ID, lower-case in XMP's dashed UUIDs).
    /// </summary>
    private static bool IsUpperCase(ReadOnlySpan<char> occurrence, bool dashed)
    {
        foreach (var c in occurrence)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return !dashed;
    }

    /// <summary>A 128-bit identifier shaped like an RFC 9562 version-8 (custom) UUID, from the content hash.</summary>
    private static string DeriveIdentifier(byte[] contentHash, int index)
    {
        var input = new byte[contentHash.Length + 1];
        contentHash.CopyTo(input, 0);
        input[^1] = (byte)index;
        var bytes = SHA256.HashData(input).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Overwrites the hex digits of <paramref name="occurrence"/> with <paramref name="hex"/>, keeping dashes and case.</summary>
    private static void WriteHex(byte[] pdf, IdentifierOccurrence occurrence, string hex)
    {
        var digit = 0;
        for (var i = occurrence.Start; i < occurrence.Start + occurrence.Length; i++)
        {
            if (pdf[i] == '-')
            {
                continue;
            }

            var c = hex[digit++];
            pdf[i] = (byte)(occurrence.UpperCase ? char.ToUpperInvariant(c) : c);
        }
    }

    [GeneratedRegex(@"xmpMM:(?:DocumentID|InstanceID)>\s*uuid:(?<uuid>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})", RegexOptions.CultureInvariant)]
    private static partial Regex XmpIdentifier();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<first>[0-9A-Fa-f]{32})>\s*<(?<second>[0-9A-Fa-f]{32})>\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex TrailerIdentifier();

    private readonly record struct IdentifierOccurrence(string Identifier, int Start, int Length, bool UpperCase);
}
