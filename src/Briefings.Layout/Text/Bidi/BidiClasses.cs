using System.Globalization;

namespace Briefings.Layout.Text.Bidi;

/// <summary>
/// The bidi type of a character. .NET exposes no Bidi_Class property (and ICU is off under invariant
/// globalisation), so it is derived from the general category and the right-to-left blocks, with the
/// characters whose type the category does not tell (number separators and terminators, marks of
/// direction, Arabic digits) listed explicitly. This agrees with UnicodeData.txt for the letters, digits,
/// spaces and common punctuation of every script; rarer symbols may read as other neutrals, which only
/// matters between runs of opposite direction.
/// </summary>
internal static class BidiClasses
{
    public static BidiClass Of(int codepoint)
    {
        if (codepoint < 0x80)
        {
            return Ascii(codepoint);
        }

        switch (codepoint)
        {
            case 0x0085 or 0x2029:
                return BidiClass.B;
            case 0x00A0 or 0x202F or 0x2044 or 0x060C or 0xFF0C or 0xFF0E or 0xFF0F or 0xFF1A:
                return BidiClass.CS;
            case 0x00B2 or 0x00B3 or 0x00B9 or 0x2070 or (>= 0x2074 and <= 0x2079) or (>= 0x2080 and <= 0x2089)
                or (>= 0x06F0 and <= 0x06F9) or (>= 0xFF10 and <= 0xFF19):
                return BidiClass.EN;
            case 0x207A or 0x207B or 0x208A or 0x208B or 0x2212 or 0xFB29 or 0xFE62 or 0xFE63 or 0xFF0B or 0xFF0D:
                return BidiClass.ES;
            case 0x00B0 or 0x00B1 or 0x066A or 0x0609 or 0x060A or (>= 0x2030 and <= 0x2034) or 0x2213 or (>= 0xFF03 and <= 0xFF05):
                return BidiClass.ET;
            case (>= 0x0600 and <= 0x0605) or (>= 0x0660 and <= 0x0669) or 0x066B or 0x066C or 0x06DD or 0x0890 or 0x0891 or 0x08E2:
                return BidiClass.AN;
            case 0x200E:
                return BidiClass.L;
            case 0x200F:
                return BidiClass.R;
            case 0x061C:
                return BidiClass.AL;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codepoint);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                return BidiClass.NSM;
            case UnicodeCategory.Format or UnicodeCategory.Control:
                return BidiClass.BN;
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator:
                return BidiClass.WS;
            case UnicodeCategory.ParagraphSeparator:
                return BidiClass.B;
        }

        if (IsArabicBlock(codepoint))
        {
            return category == UnicodeCategory.DecimalDigitNumber ? BidiClass.AN : BidiClass.AL;
        }

        if (IsRightToLeftBlock(codepoint))
        {
            return BidiClass.R;
        }

        return category switch
        {
            UnicodeCategory.CurrencySymbol => BidiClass.ET,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.PrivateUse => BidiClass.L,
            _ => BidiClass.ON,
        };
    }

    /// <summary>Whether a character is of a right-to-left type (a quick test that lets left-to-right text skip resolution).</summary>
    public static bool IsRightToLeftOrArabicNumber(int codepoint) =>
        codepoint >= 0x0590 && Of(codepoint) is BidiClass.R or BidiClass.AL or BidiClass.AN;

    private static BidiClass Ascii(int codepoint) => codepoint switch
    {
        >= '0' and <= '9' => BidiClass.EN,
        '+' or '-' => BidiClass.ES,
        '#' or '$' or '%' => BidiClass.ET,
        ',' or '.' or '/' or ':' => BidiClass.CS,
        ' ' or 0x0C => BidiClass.WS,
        '\t' or 0x0B or 0x1F => BidiClass.S,
        '\n' or '\r' or 0x1C or 0x1D or 0x1E => BidiClass.B,
        < 0x20 or 0x7F => BidiClass.BN,
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => BidiClass.L,
        _ => BidiClass.ON,
    };

    private static bool IsArabicBlock(int codepoint) =>
        codepoint is (>= 0x0600 and <= 0x07BF) or (>= 0x0860 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF)
            or (>= 0xFE70 and <= 0xFEFE) or (>= 0x1EE00 and <= 0x1EEFF);

    private static bool IsRightToLeftBlock(int codepoint) =>
        codepoint is (>= 0x0590 and <= 0x05FF) or (>= 0x07C0 and <= 0x085F) or (>= 0xFB1D and <= 0xFB4F)
            or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EDFF) or (>= 0x1EF00 and <= 0x1EFFF);
}
