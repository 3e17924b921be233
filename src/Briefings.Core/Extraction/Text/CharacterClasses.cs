namespace Briefings.Core.Extraction.Text;

/// <summary>The character equivalences normalisation applies, shared by source texts and the quotes looked up in them.</summary>
internal static class CharacterClasses
{
    /// <summary>
    /// Curly, low and prime quotes become the straight ones; the Unicode hyphen and non-breaking hyphen become '-';
    /// no-break and other spaces become ' '. En and em dashes stay: they carry meaning ("1945–1951").
    /// </summary>
    public static char Unify(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' => '\'',
        '\u2010' or '\u2011' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t' => ' ',
        _ => c,
    };

    /// <summary>Characters dropped outright: soft hyphens, zero-width spaces and joiners, byte-order marks.</summary>
    public static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF';

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\f' or '\v';

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>Punctuation that ends a sentence or a clause, looked at after any closing quotes and brackets.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or ':' or ';' or '\u2026';

    public static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '*' or '_';
}
