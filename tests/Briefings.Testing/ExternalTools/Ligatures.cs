using System.Text;

namespace Briefings.Testing.ExternalTools;

/// <summary>
/// Expands the Latin ligature presentation forms (U+FB00–FB06) that PDF readers return for ligature glyphs.
/// <c>string.Normalize(NormalizationForm.FormKC)</c> would do this, but not here: the repository builds with
/// <c>InvariantGlobalization</c>, under which .NET leaves non-ASCII text unnormalised.
/// </summary>
public static class Ligatures
{
    public static string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsLigature))
        {
            return text;
        }

        var expanded = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            expanded.Append(Expand(c));
        }

        return expanded.ToString();
    }

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB06';

    private static string Expand(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' => "st",
        '\uFB06' => "st",
        _ => char.ToString(c),
    };
}
