using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Packaging;

/// <summary>The settings part: Word 2013+ layout (compatibility mode 15) and the footnote separators.</summary>
internal static class DocumentSettings
{
    public static Settings Build(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new FootnoteDocumentWideProperties(
            new FootnoteSpecialReference { Id = -1 },
            new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(
            // Justified text must not stretch the line before a hard line break.
            new DoNotExpandShiftReturn(),
            new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
        new ThemeFontLanguages { Val = language },
        new DecimalSymbol { Val = "." },
        new ListSeparator { Val = "," });
}
