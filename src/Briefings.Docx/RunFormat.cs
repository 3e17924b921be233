namespace Briefings.Docx;

/// <summary>The inline formatting in force while text is written; runs with equal formats are merged.</summary>
[Flags]
internal enum RunFormat
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Strikethrough = 4,
    Code = 8,
    Link = 16,
    Superscript = 32,
}
