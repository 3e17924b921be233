namespace Briefings.Testing.ExternalTools;

/// <summary>poppler's <c>pdftotext</c>: the text a reader's copy-and-paste or a search index would see.</summary>
public static class PdfToText
{
    public const string Tool = "pdftotext";

    /// <summary>
    /// Extracts all text as UTF-8. <paramref name="layout"/> keeps the physical layout (columns, indentation);
    /// without it text comes in reading order, which is what "text equals the text intended" checks want.
    /// </summary>
    public static string Extract(string pdfPath, bool layout = false)
    {
        var arguments = new List<string> { "-enc", "UTF-8", "-nopgbrk" };
        if (layout)
        {
            arguments.Add("-layout");
        }

        arguments.Add(pdfPath);
        arguments.Add("-");
        return ExternalTool.RunChecked(Tool, arguments).StandardOutput;
    }
}
