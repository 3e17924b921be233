using System.Text;

namespace Briefings.Layout.PdfFile;

/// <summary>A URI as the 7-bit ASCII a PDF URI action holds (ISO 32000-1 §12.6.4.7): other characters percent-encoded as UTF-8.</summary>
internal static class UriText
{
    public static string Ascii(string uri)
    {
        if (uri.All(c => c is > ' ' and < '\x7F'))
        {
            return uri;
        }

        var written = new StringBuilder(uri.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is > (byte)' ' and < 0x7F)
            {
                written.Append((char)b);
            }
            else
            {
                written.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return written.ToString();
    }
}
