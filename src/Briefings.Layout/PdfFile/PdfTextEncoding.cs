using System.Text;

namespace Briefings.Layout.PdfFile;

/// <summary>Writing PDF names and text strings (ISO 32000-1 §7.3.4, §7.3.5, §7.9.2.2).</summary>
internal static class PdfTextEncoding
{
    private const string NameCharactersToEscape = "#/%()<>[]{}";

    /// <summary>
    /// A text string for a title: printable ASCII as a literal string, anything else as UTF-16BE with a byte
    /// order mark (PDFDocEncoding would cover Latin-1, but UTF-16 covers every title the same way).
    /// Control characters become spaces: a line break has no meaning in a bookmark.
    /// </summary>
    public static string TextString(string text)
    {
        var cleaned = string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
        if (cleaned.All(c => c is >= ' ' and <= '~'))
        {
            var literal = new StringBuilder(cleaned.Length + 2).Append('(');
            foreach (var c in cleaned)
            {
                if (c is '\\' or '(' or ')')
                {
                    literal.Append('\\');
                }

                literal.Append(c);
            }

            return literal.Append(')').ToString();
        }

        var hex = new StringBuilder((cleaned.Length * 4) + 6).Append("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(cleaned))
        {
            hex.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.Append('>').ToString();
    }

    /// <summary>A name object for <paramref name="name"/>'s UTF-8 bytes, escaped the way Skia escapes names.</summary>
    public static string Name(string name)
    {
        var written = new StringBuilder(name.Length + 1).Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b < '!' || b > '~' || NameCharactersToEscape.Contains((char)b, StringComparison.Ordinal))
            {
                written.Append('#').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                written.Append((char)b);
            }
        }

        return written.ToString();
    }
}
