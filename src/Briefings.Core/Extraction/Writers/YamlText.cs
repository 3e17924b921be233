using System.Globalization;
using System.Text;

namespace Briefings.Core.Extraction.Writers;

/// <summary>YAML scalars written so that any text survives: strings always double-quoted with escapes.</summary>
internal static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Number(double? value) =>
        value is { } v ? Math.Round(v, 1).ToString("0.0", CultureInfo.InvariantCulture) : "null";

    /// <summary>PascalCase enum value as a lower-case, dash-separated word: <c>ParagraphYear</c> → <c>paragraph-year</c>.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
