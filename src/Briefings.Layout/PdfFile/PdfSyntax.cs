using System.Globalization;
using System.Text;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// Just enough of PDF's object syntax (ISO 32000-1 §7.2–7.3) to find values and copy them verbatim:
/// values are located as byte spans, never re-serialised, so strings with binary content survive untouched.
/// </summary>
internal static class PdfSyntax
{
    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    public static int SkipWhitespaceAndComments(byte[] pdf, int position)
    {
        while (position < pdf.Length)
        {
            if (IsWhitespace(pdf[position]))
            {
                position++;
            }
            else if (pdf[position] == '%')
            {
                while (position < pdf.Length && pdf[position] is not (byte)'\n' and not (byte)'\r')
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>A run of regular characters (number, keyword, the body of a name) starting at <paramref name="position"/>.</summary>
    public static PdfSpan ReadRegularToken(byte[] pdf, int position)
    {
        var end = position;
        while (end < pdf.Length && IsRegular(pdf[end]))
        {
            end++;
        }

        return new PdfSpan(position, end);
    }

    /// <summary>The span of the value starting at <paramref name="position"/> (after whitespace), references included.</summary>
    public static PdfSpan ReadValue(byte[] pdf, int position)
    {
        position = SkipWhitespaceAndComments(pdf, position);
        if (position >= pdf.Length)
        {
            throw Error(position, "expected a value, found the end of the file");
        }

        var end = pdf[position] switch
        {
            (byte)'/' => ReadRegularToken(pdf, position + 1).End,
            (byte)'(' => SkipLiteralString(pdf, position),
            (byte)'<' when position + 1 < pdf.Length && pdf[position + 1] == '<' => SkipDictionary(pdf, position),
            (byte)'<' => SkipHexString(pdf, position),
            (byte)'[' => SkipArray(pdf, position),
            _ => SkipNumberKeywordOrReference(pdf, position),
        };
        return new PdfSpan(position, end);
    }

    /// <summary>The entries of the dictionary starting at <paramref name="position"/> (at or before its <c>&lt;&lt;</c>), in file order.</summary>
    public static List<PdfDictionaryEntry> ReadDictionary(byte[] pdf, int position)
    {
        position = SkipWhitespaceAndComments(pdf, position);
        if (!StartsWith(pdf, position, "<<"))
        {
            throw Error(position, "expected a dictionary '<<'");
        }

        var entries = new List<PdfDictionaryEntry>();
        position += 2;
        while (true)
        {
            position = SkipWhitespaceAndComments(pdf, position);
            if (position >= pdf.Length)
            {
                throw Error(position, "unterminated dictionary");
            }

            if (StartsWith(pdf, position, ">>"))
            {
                return entries;
            }

            if (pdf[position] != '/')
            {
                throw Error(position, "expected a name as dictionary key");
            }

            var keySpan = ReadRegularToken(pdf, position + 1);
            var value = ReadValue(pdf, keySpan.End);
            entries.Add(new PdfDictionaryEntry(DecodeName(pdf, keySpan), value));
            position = value.End;
        }
    }

    /// <summary>Reads <c>N G obj</c> at <paramref name="offset"/> and returns the span of the object's value.</summary>
    public static PdfSpan ReadIndirectObject(byte[] pdf, int offset, PdfReference expected)
    {
        if (offset < 0 || offset >= pdf.Length)
        {
            throw Error(offset, $"object {expected} has an offset outside the file");
        }

        var position = SkipWhitespaceAndComments(pdf, offset);
        var number = ReadInteger(pdf, ref position);
        var generation = ReadInteger(pdf, ref position);
        position = SkipWhitespaceAndComments(pdf, position);
        var keyword = ReadRegularToken(pdf, position);
        if (number != expected.Number || generation != expected.Generation || !keyword.Of(pdf).SequenceEqual("obj"u8))
        {
            throw Error(offset, $"the cross-reference table points object {expected} at bytes that hold no such object");
        }

        return ReadValue(pdf, keyword.End);
    }

    /// <summary>Reads a non-negative integer token, advancing <paramref name="position"/> past it.</summary>
    public static int ReadInteger(byte[] pdf, ref int position)
    {
        position = SkipWhitespaceAndComments(pdf, position);
        var token = ReadRegularToken(pdf, position);
        if (!TryParseInteger(token.Of(pdf), out var value))
        {
            throw Error(position, "expected an integer");
        }

        position = token.End;
        return value;
    }

    public static bool TryParseInteger(ReadOnlySpan<byte> token, out int value) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>True when <paramref name="value"/> is exactly an indirect reference <c>N G R</c>.</summary>
    public static bool TryReadReference(byte[] pdf, PdfSpan value, out PdfReference reference)
    {
        reference = default;
        var position = value.Start;
        var first = ReadRegularToken(pdf, position);
        if (!TryParseInteger(first.Of(pdf), out var number))
        {
            return false;
        }

        position = SkipWhitespaceAndComments(pdf, first.End);
        var second = ReadRegularToken(pdf, position);
        if (!TryParseInteger(second.Of(pdf), out var generation))
        {
            return false;
        }

        position = SkipWhitespaceAndComments(pdf, second.End);
        var keyword = ReadRegularToken(pdf, position);
        if (!keyword.Of(pdf).SequenceEqual("R"u8) || keyword.End != value.End)
        {
            return false;
        }

        reference = new PdfReference(number, generation);
        return true;
    }

    /// <summary>A name's characters with <c>#xx</c> escapes resolved, read as UTF-8 (how Skia writes names).</summary>
    public static string DecodeName(byte[] pdf, PdfSpan body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = body.Start; i < body.End; i++)
        {
            if (pdf[i] == '#' && i + 2 < body.End && Uri.IsHexDigit((char)pdf[i + 1]) && Uri.IsHexDigit((char)pdf[i + 2]))
            {
                bytes.Add((byte)((Uri.FromHex((char)pdf[i + 1]) << 4) | Uri.FromHex((char)pdf[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(pdf[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    public static bool StartsWith(byte[] pdf, int position, string ascii)
    {
        if (position < 0 || position + ascii.Length > pdf.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (pdf[position + i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    public static PdfStructureException Error(int position, string message) => new($"Malformed PDF at byte {position}: {message}.");

    private static int SkipLiteralString(byte[] pdf, int position)
    {
        var depth = 0;
        for (var i = position; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        throw Error(position, "unterminated string");
    }

    private static int SkipHexString(byte[] pdf, int position)
    {
        var end = Array.IndexOf(pdf, (byte)'>', position);
        return end < 0 ? throw Error(position, "unterminated hex string") : end + 1;
    }

    private static int SkipDictionary(byte[] pdf, int position)
    {
        position += 2;
        while (true)
        {
            position = SkipWhitespaceAndComments(pdf, position);
            if (position >= pdf.Length)
            {
                throw Error(position, "unterminated dictionary");
            }

            if (StartsWith(pdf, position, ">>"))
            {
                return position + 2;
            }

            position = ReadValue(pdf, position).End;
        }
    }

    private static int SkipArray(byte[] pdf, int position)
    {
        position++;
        while (true)
        {
            position = SkipWhitespaceAndComments(pdf, position);
            if (position >= pdf.Length)
            {
                throw Error(position, "unterminated array");
            }

            if (pdf[position] == ']')
            {
                return position + 1;
            }

            position = ReadValue(pdf, position).End;
        }
    }

    private static int SkipNumberKeywordOrReference(byte[] pdf, int position)
    {
        var first = ReadRegularToken(pdf, position);
        if (first.Length == 0)
        {
            throw Error(position, $"unexpected character '{(char)pdf[position]}'");
        }

        // "12 0 R" is one value: look two tokens ahead before settling for a plain number.
        if (TryParseInteger(first.Of(pdf), out _))
        {
            var secondStart = SkipWhitespaceAndComments(pdf, first.End);
            var second = ReadRegularToken(pdf, secondStart);
            if (TryParseInteger(second.Of(pdf), out _))
            {
                var keywordStart = SkipWhitespaceAndComments(pdf, second.End);
                var keyword = ReadRegularToken(pdf, keywordStart);
                if (keyword.Of(pdf).SequenceEqual("R"u8))
                {
                    return keyword.End;
                }
            }
        }

        return first.End;
    }
}
