using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Packaging;

/// <summary>Complex fields (begin, instruction, separate, cached result, end), which Word, LibreOffice and pandoc all read.</summary>
internal static class FieldRuns
{
    public static Run Begin() => new(new FieldChar { FieldCharType = FieldCharValues.Begin });

    public static Run Instruction(string instruction) =>
        new(new FieldCode(" " + instruction + " ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    public static Run Separate() => new(new FieldChar { FieldCharType = FieldCharValues.Separate });

    public static Run End() => new(new FieldChar { FieldCharType = FieldCharValues.End });

    /// <summary>A whole simple field with a cached result shown until the reader's application updates it.</summary>
    public static Run[] Field(string instruction, string cachedResult) =>
        [Begin(), Instruction(instruction), Separate(), TitleBlock.TextRun(cachedResult), End()];
}
