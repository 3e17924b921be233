using System.Globalization;
using System.Text;
using Briefings.Layout.PdfFile;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>How the PDF writer spells numbers, names, strings and glyph codes (ISO 32000-1 §7.3).</summary>
public sealed class PdfBufferTests
{
    public static TheoryData<double, string> Numbers { get; } = new()
    {
        { 0, "0" },
        { -0.0, "0" },
        { 1, "1" },
        { -1, "-1" },
        { 0.5, "0.5" },
        { -0.5, "-0.5" },
        { 12.25, "12.25" },
        { -0.25, "-0.25" },
        { 72.1, "72.1" },
        { 0.1 + 0.2, "0.3" },
        { 0.001, "0.001" },
        { 0.01, "0.01" },
        { 0.999, "0.999" },
        { 0.0004, "0" },
        { -0.0004, "0" },
        { 0.0005, "0.001" },
        { -0.0005, "-0.001" },
        { 0.0015, "0.002" },
        { 0.9995, "1" },
        { -0.9995, "-1" },
        { 1e-9, "0" },
        { -1e-9, "0" },
        { 1234567.125, "1234567.125" },
        { -1234567.125, "-1234567.125" },
        { 595.2756, "595.276" },
        { 841.8898, "841.89" },
        { -12.3456, "-12.346" },
        { 100.100, "100.1" },
        { 3.007, "3.007" },
        { 10.05, "10.05" },
        { 1e15, "1000000000000000" },
        { 123456789012.5, "123456789012.5" },
    };

    public static TheoryData<long, string> Integers { get; } = new()
    {
        { 0, "0" },
        { 7, "7" },
        { -7, "-7" },
        { 10, "10" },
        { -10, "-10" },
        { 1000000, "1000000" },
        { int.MaxValue, "2147483647" },
        { int.MinValue, "-2147483648" },
        { long.MaxValue, "9223372036854775807" },
        { long.MinValue + 1, "-9223372036854775807" },
        { long.MinValue, "-9223372036854775808" },
    };

    public static TheoryData<string, string> Names { get; } = new()
    {
        { "F1", "/F1" },
        { string.Empty, "/" },
        { "Two words", "/Two#20words" },
        { "a#b", "/a#23b" },
        { "a/b", "/a#2Fb" },
        { "(paren)", "/#28paren#29" },
        { "50%", "/50#25" },
        { "<>[]{}", "/#3C#3E#5B#5D#7B#7D" },
        { "!~._-", "/!~._-" },
        { "tab\there", "/tab#09here" },
        { "del\u007F", "/del#7F" },
        { "caf\u00E9", "/caf#C3#A9" },
        { "\u5317\u65B9", "/#E5#8C#97#E6#96#B9" },
        { "\U0001F600", "/#F0#9F#98#80" },
    };

    public static TheoryData<string, string> TextStrings { get; } = new()
    {
        { "Briefing", "(Briefing)" },
        { string.Empty, "()" },
        { "Kuril Islands (1956)", "(Kuril Islands \\(1956\\))" },
        { "back\\slash", "(back\\\\slash)" },
        { "unbalanced (", "(unbalanced \\()" },
        { "line\nbreak\ttab\r", "(line break tab )" },
        { "caf\u00E9", "<FEFF00630061006600E9>" },
        { "\u2014", "<FEFF2014>" },
        { "\u5317\u65B9 (x)", "<FEFF531765B90020002800780029>" },
        { "\u00E9\nx", "<FEFF00E900200078>" },
        { "\U0001F600", "<FEFFD83DDE00>" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Number_is_written_with_at_most_three_decimals_and_no_trailing_zeros(double value, string expected)
    {
        Assert.Equal(expected, Write(buffer => buffer.Number(value)));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Rounded_is_the_value_a_reader_parses_from_Number(double value, string written)
    {
        Assert.Equal(double.Parse(written, CultureInfo.InvariantCulture), PdfBuffer.Rounded(value));
    }

    [Fact]
    public void Rounded_rounds_halves_away_from_zero_as_Math_Round_does_at_every_magnitude()
    {
        static double Expected(double value) => Math.Round(value * 1000, MidpointRounding.AwayFromZero) / 1000;

        double[] edges =
        [
            0.0005, -0.0005, 0.0015, -0.0025, 0.4995, 1.0005, 2.5, -2.5, 0.00049999999999999996, 0.49999999999999994 / 1000,
            1e11 + 0.0005, 1e12 + 0.0015, 4.5e12 + 0.0005, 9.9e11, 1e15, -1e16, 1e300, double.MaxValue, double.Epsilon, -0.0,
        ];
        foreach (var value in edges)
        {
            Assert.Equal(Expected(value), PdfBuffer.Rounded(value));
        }

        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            // Whole thousandths and exact halves of a thousandth, where the rounding rule decides, and random values.
            var scale = Math.Pow(10, random.Next(-6, 14));
            var value = (i % 3) switch
            {
                0 => (random.NextInt64(-2_000_000, 2_000_000) + 0.5) / 1000,
                1 => random.NextInt64(-2_000_000, 2_000_000) / 1000.0,
                _ => (random.NextDouble() - 0.5) * scale,
            };
            Assert.Equal(Expected(value), PdfBuffer.Rounded(value));
        }
    }

    [Fact]
    public void A_kerning_number_the_text_state_does_not_round_would_round_below_the_smallest_it_writes()
    {
        // PdfTextState skips rounding an adjustment below SkippedUnrounded: that must never hide one it would write.
        var below = Math.BitDecrement(PdfTextState.SkippedUnrounded);
        double[] edges = [0, below, -below, below / 2, 0.0489999, -0.0489999];
        var random = new Random(11);
        foreach (var value in edges.Concat(Enumerable.Range(0, 100_000).Select(_ => (random.NextDouble() * 2 - 1) * below)))
        {
            Assert.True(Math.Abs(PdfBuffer.Rounded(value)) < PdfTextState.SmallestAdjustment, $"{value:R} rounds to {PdfBuffer.Rounded(value):R}");
        }
    }

    [Fact]
    public void Number_never_has_an_exponent_or_a_comma_whatever_the_current_culture()
    {
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var culture = German();
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));

            var random = new Random(42);
            for (var i = 0; i < 5_000; i++)
            {
                var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-9, 13));
                var written = Write(buffer => buffer.Number(value));

                Assert.Matches("^-?(0|[1-9][0-9]*)(\\.[0-9]{0,2}[1-9])?$", written);
                Assert.Equal(PdfBuffer.Rounded(value), double.Parse(written, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            }

            Assert.Equal("0.5", Write(buffer => buffer.Number(0.5)));
            Assert.Equal("-1234.5", Write(buffer => buffer.Number(-1234.5)));
            Assert.Equal("0", Write(buffer => buffer.Number(1e-20)));
            Assert.Equal("100000000000", Write(buffer => buffer.Number(1e11)));
            Assert.Equal("-12", Write(buffer => buffer.Integer(-12)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }
    }

    [Theory]
    [MemberData(nameof(Integers))]
    public void Integer_is_written_in_plain_decimal(long value, string expected)
    {
        Assert.Equal(expected, Write(buffer => buffer.Integer(value)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Name_escapes_delimiters_whitespace_and_non_ASCII_as_hex(string name, string expected)
    {
        Assert.Equal(expected, Write(buffer => buffer.Name(name)));
    }

    [Theory]
    [MemberData(nameof(TextStrings))]
    public void TextString_is_a_literal_for_ASCII_and_UTF16BE_hex_with_a_byte_order_mark_otherwise(string text, string expected)
    {
        Assert.Equal(expected, Write(buffer => buffer.TextString(text)));
    }

    [Fact]
    public void LiteralString_escapes_parentheses_and_backslashes_and_blanks_control_characters()
    {
        Assert.Equal("(https://example.org/a\\(b\\)?q=\\\\ x)", Write(buffer => buffer.LiteralString("https://example.org/a(b)?q=\\\nx")));
    }

    [Theory]
    [InlineData(0, "0000")]
    [InlineData(10, "000A")]
    [InlineData(0xAB, "00AB")]
    [InlineData(0x1A2B, "1A2B")]
    [InlineData(0xF00D, "F00D")]
    [InlineData(ushort.MaxValue, "FFFF")]
    public void GlyphCode_is_four_upper_case_hex_digits(int glyph, string expected)
    {
        Assert.Equal(expected, Write(buffer => buffer.GlyphCode((ushort)glyph)));
    }

    [Fact]
    public void HexBytes_writes_two_upper_case_digits_per_byte()
    {
        Assert.Equal("00ABFF10", Write(buffer => buffer.HexBytes([0x00, 0xAB, 0xFF, 0x10])));
    }

    [Fact]
    public void Buffer_grows_past_its_capacity_and_keeps_what_was_written()
    {
        var buffer = new PdfBuffer(1);
        var expected = new StringBuilder();
        for (var i = -3000; i < 3000; i++)
        {
            buffer.Integer(i).Byte((byte)' ').Number(i / 8.0).Byte((byte)' ');
            expected.Append(i.ToString(CultureInfo.InvariantCulture)).Append(' ').Append((i / 8.0).ToString("0.###", CultureInfo.InvariantCulture)).Append(' ');
        }

        Assert.Equal(expected.ToString(), Encoding.ASCII.GetString(buffer.Written));
        Assert.Equal(buffer.Length, buffer.ToArray().Length);

        buffer.Clear();
        Assert.Equal("x", Write(buffer, b => b.Ascii("x")));
    }

    private static string Write(Action<PdfBuffer> write) => Write(new PdfBuffer(), write);

    private static string Write(PdfBuffer buffer, Action<PdfBuffer> write)
    {
        write(buffer);
        return Encoding.Latin1.GetString(buffer.Written);
    }

    /// <summary>
    /// German number formatting (decimal comma, point between thousands). The repository builds with
    /// InvariantGlobalization, under which de-DE may not exist or carries invariant data, so the separators are
    /// set by hand on a copy.
    /// </summary>
    private static CultureInfo German()
    {
        CultureInfo culture;
        try
        {
            culture = (CultureInfo)CultureInfo.GetCultureInfo("de-DE").Clone();
        }
        catch (CultureNotFoundException)
        {
            culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        }

        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NegativeSign = "\u2212";
        return culture;
    }
}
