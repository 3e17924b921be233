namespace Briefings.Testing.ExternalTools;

/// <summary>LibreOffice headless conversion, as a check that a DOCX opens in a second word processor.</summary>
public static class LibreOffice
{
    public const string Tool = "soffice";

    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Converts <paramref name="docxPath"/> to PDF in <paramref name="outputDirectory"/> and returns the PDF's path.
    /// Each call uses its own throw-away user profile: two soffice processes sharing a profile block each other
    /// (the second one silently hands its job to the first, or exits without converting).
    /// </summary>
    public static string ConvertToPdf(string docxPath, string outputDirectory)
    {
        var source = Path.GetFullPath(docxPath);
        var target = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(target);
        var profile = Path.Combine(Path.GetTempPath(), $"briefings-lo-{Guid.NewGuid():N}");
        try
        {
            var result = ExternalTool.RunChecked(
                Tool,
                [$"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", target, source],
                timeout: ConversionTimeout);
            var pdfPath = Path.Combine(target, Path.GetFileNameWithoutExtension(source) + ".pdf");
            if (!File.Exists(pdfPath))
            {
                throw new ExternalToolException($"soffice exited 0 but wrote no {pdfPath}:{Environment.NewLine}{result.StandardOutput}{result.StandardError}");
            }

            return pdfPath;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
