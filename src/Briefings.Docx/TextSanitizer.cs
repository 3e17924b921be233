using System.Text;

namespace Briefings.Docx;

/// <summary>
/// Keeps run text valid XML and single-line: control characters and lone surrogates (which would make the
/// part unreadable) become spaces, as do tabs and line ends inside one run.
/// </summary>
internal static class TextSanitizer
{
    public static void Append(StringBuilder target, ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            var replace = character < ' ' || character is '\uFFFE' or '\uFFFF';
            if (char.IsHighSurrogate(character))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                replace = true;
            }
            else if (char.IsLowSurrogate(character))
            {
                replace = true;
            }

            if (replace)
            {
                target.Append(text[start..i]).Append(' ');
                start = i + 1;
            }
        }

        target.Append(text[start..]);
    }
}
