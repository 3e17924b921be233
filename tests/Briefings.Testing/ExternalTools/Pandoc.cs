namespace Briefings.Testing.ExternalTools;

/// <summary>pandoc as an independent DOCX reader.</summary>
public static class Pandoc
{
    public const string Tool = "pandoc";

    /// <summary>The document's text as pandoc reads it, as plain text without hard wrapping.</summary>
    public static string DocxToPlain(string docxPath) =>
        ExternalTool.RunChecked(Tool, ["--from=docx", "--to=plain", "--wrap=none", docxPath]).StandardOutput;
}
