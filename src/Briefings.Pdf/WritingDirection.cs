using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>The base direction of a briefing's paragraphs, from the language of its front matter (BCP 47).</summary>
public static class WritingDirection
{
    /// <summary>Languages written right to left (primary subtags).</summary>
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi",
    };

    public static TextDirection Of(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return TextDirection.LeftToRight;
        }

        // The script subtag wins where it says so (ku-Arab, pa-Arab are written right to left, az-Latn is not).
        var subtags = language.Split('-', '_');
        var rightToLeft = subtags.Skip(1).Any(tag => tag.Equals("Arab", StringComparison.OrdinalIgnoreCase) || tag.Equals("Hebr", StringComparison.OrdinalIgnoreCase))
            || (RightToLeft.Contains(subtags[0]) && !subtags.Skip(1).Any(tag => tag.Length == 4 && !tag.Equals("Arab", StringComparison.OrdinalIgnoreCase) && !tag.Equals("Hebr", StringComparison.OrdinalIgnoreCase)));
        return rightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight;
    }
}
