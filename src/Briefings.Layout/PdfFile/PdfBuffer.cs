using System.Runtime.CompilerServices;
using System.Text;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// A growable byte buffer with the few ways PDF syntax writes values: ASCII tokens, integers, reals with at most
/// three decimals (a thousandth of a point is below any printer's resolution), names, strings and hex glyph
/// codes. Everything is formatted here, without strings or cultures, because a page of text is tens of
/// thousands of numbers.
/// </summary>
internal sealed class PdfBuffer(int capacity = 4096)
{
    private const string Hex = "0123456789ABCDEF";
    private byte[] data = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => data.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public PdfBuffer Ascii(string text)
    {
        var span = Grow(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        return this;
    }

    public PdfBuffer Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Grow(bytes.Length));
        return this;
    }

    public PdfBuffer Byte(byte value)
    {
        Grow(1)[0] = value;
        return this;
    }

    public PdfBuffer Integer(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        var count = 0;
        var magnitude = (ulong)(value < 0 ? -value : value);
        do
        {
            digits[count++] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude > 0);

        var span = Grow(count + (value < 0 ? 1 : 0));
        var at = 0;
        if (value < 0)
        {
            span[at++] = (byte)'-';
        }

        while (count > 0)
        {
            span[at++] = digits[--count];
        }

        return this;
    }

    /// <summary>A real rounded to three decimals, without trailing zeros or exponent ("12.5", "-0.125", "3").</summary>
    public PdfBuffer Number(double value)
    {
        var thousandths = (long)Thousandths(value);
        if (thousandths % 1000 == 0)
        {
            return Integer(thousandths / 1000);
        }

        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }

        Integer(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        Byte((byte)'.');
        Byte((byte)('0' + (fraction / 100)));
        if (fraction % 100 != 0)
        {
            Byte((byte)('0' + (fraction / 10 % 10)));
            if (fraction % 10 != 0)
            {
                Byte((byte)('0' + (fraction % 10)));
            }
        }

        return this;
    }

    /// <summary>Rounds as <see cref="Number"/> writes, so a caller can track where the reader will be.</summary>
    public static double Rounded(double value) => Thousandths(value) / 1000.0;

    /// <summary>
    /// <paramref name="value"/> in thousandths, rounded half away from zero: what
    /// <c>Math.Round(value * 1000, MidpointRounding.AwayFromZero)</c> gives, without its call into the C library's
    /// <c>modf</c>, which took 2.5 % of a long PDF's build (the native executable targets a processor without a
    /// rounding instruction). The difference of a value and its truncation is exact below 2^52.
    /// </summary>
    private static double Thousandths(double value)
    {
        var scaled = value * 1000;
        if (!(Math.Abs(scaled) < 1e15))
        {
            return Math.Round(scaled, MidpointRounding.AwayFromZero);
        }

        var whole = (long)scaled;
        var rest = scaled - whole;
        return rest >= 0.5 ? whole + 1 : rest <= -0.5 ? whole - 1 : whole;
    }

    /// <summary>A glyph id as four hex digits, the two-byte code of an Identity-H font.</summary>
    public PdfBuffer GlyphCode(ushort glyph)
    {
        var span = Grow(4);
        span[0] = (byte)Hex[glyph >> 12];
        span[1] = (byte)Hex[(glyph >> 8) & 0xF];
        span[2] = (byte)Hex[(glyph >> 4) & 0xF];
        span[3] = (byte)Hex[glyph & 0xF];
        return this;
    }

    public PdfBuffer HexBytes(ReadOnlySpan<byte> bytes)
    {
        var span = Grow(bytes.Length * 2);
        for (var i = 0; i < bytes.Length; i++)
        {
            span[2 * i] = (byte)Hex[bytes[i] >> 4];
            span[(2 * i) + 1] = (byte)Hex[bytes[i] & 0xF];
        }

        return this;
    }

    /// <summary>
    /// A name object (ISO 32000-1 §7.3.5): its UTF-8 bytes, anything outside printable ASCII or a delimiter
    /// written as #xx.
    /// </summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is < (byte)'!' or > (byte)'~' or (byte)'#' or (byte)'/' or (byte)'%' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}')
            {
                Byte((byte)'#').Byte((byte)Hex[b >> 4]).Byte((byte)Hex[b & 0xF]);
            }
            else
            {
                Byte(b);
            }
        }

        return this;
    }

    /// <summary>
    /// A text string (§7.9.2.2): printable ASCII as a literal string, anything else as UTF-16BE with a byte
    /// order mark. Control characters become spaces: a line break means nothing in a title or a bookmark.
    /// </summary>
    public PdfBuffer TextString(string text)
    {
        var printable = true;
        foreach (var c in text)
        {
            printable &= c is >= ' ' and <= '~' || char.IsControl(c);
        }

        if (printable)
        {
            return LiteralString(text);
        }

        Ascii("<FEFF");
        foreach (var c in text)
        {
            var unit = char.IsControl(c) ? ' ' : c;
            Byte((byte)Hex[unit >> 12]).Byte((byte)Hex[(unit >> 8) & 0xF]).Byte((byte)Hex[(unit >> 4) & 0xF]).Byte((byte)Hex[unit & 0xF]);
        }

        return Byte((byte)'>');
    }

    /// <summary>A literal string of ASCII text (a URI, a title): parentheses and backslashes escaped, control characters as spaces.</summary>
    public PdfBuffer LiteralString(string text)
    {
        Byte((byte)'(');
        foreach (var c in text)
        {
            if (c is '\\' or '(' or ')')
            {
                Byte((byte)'\\');
            }

            Byte(char.IsControl(c) ? (byte)' ' : (byte)c);
        }

        return Byte((byte)')');
    }

    public byte[] ToArray() => Written.ToArray();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Grow(int count)
    {
        if (Length + count > data.Length)
        {
            Array.Resize(ref data, Math.Max(data.Length * 2, Length + count));
        }

        var span = data.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
