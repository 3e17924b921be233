using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// The name a destination gets inside the PDF. Heading ids may hold any character ("communiqué") and be long;
/// PDF names are bytes, readers disagree on how to decode non-ASCII ones, and 127 bytes is the portable limit.
/// So the name written is plain ASCII: letters, digits, <c>-</c>, <c>_</c> and <c>.</c> as they are, every other
/// character as <c>~u</c> and six hex digits (so two ids never share a name), and a long result cut short with a
/// hash of the whole id. Links, destinations and bookmarks all go through here, so they always agree.
/// </summary>
public static class DestinationNames
{
    private const int MaxLength = 120;
    private const int KeptWhenLong = 100;

    public static string Safe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_' or '.'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append("~u").Append(rune.Value.ToString("X6", CultureInfo.InvariantCulture));
            }
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0, 8).ToLowerInvariant();
        return builder.ToString(0, KeptWhenLong) + "~h" + hash;
    }
}
