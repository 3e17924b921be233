using Briefings.Testing.ExternalTools;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>The shared external-tool helpers in Briefings.Testing, exercised where they are first used.</summary>
public sealed class ExternalToolHarnessTests
{
    private const string PdfFontsOutput = """
        name                                 type              encoding         emb sub uni object ID
        ------------------------------------ ----------------- ---------------- --- --- --- ---------
        AAAAAA+Carlito                       CID TrueType      Identity-H       yes yes yes      4  0
        Helvetica                            Type 1            WinAnsi          no  no  no      12  0
        BAAAAA+DejaVu Sans Mono Bold         CID TrueType      Identity-H       yes yes no      17  0
        """;

    [Fact]
    public void Pdffonts_table_is_parsed_by_its_columns()
    {
        var fonts = PdfFonts.Parse(PdfFontsOutput);

        Assert.Equal(
            [
                new PdfFontInfo("AAAAAA+Carlito", "CID TrueType", "Identity-H", true, true, true),
                new PdfFontInfo("Helvetica", "Type 1", "WinAnsi", false, false, false),
                new PdfFontInfo("BAAAAA+DejaVu Sans Mono Bold", "CID TrueType", "Identity-H", true, true, false),
            ],
            fonts);
    }

    [Fact]
    public void Pdffonts_output_without_a_table_is_an_error()
    {
        Assert.Throws<ExternalToolException>(() => PdfFonts.Parse("Syntax Error: Couldn't read xref table"));
    }

    [Fact]
    public void A_missing_tool_is_reported_as_missing()
    {
        const string tool = "briefings-no-such-tool";

        Assert.False(ExternalTool.IsAvailable(tool));
        Assert.Contains(tool, ToolRequirement.SkipReason([tool]) ?? tool, StringComparison.Ordinal);
        Assert.Contains("not installed", Assert.Throws<ExternalToolException>(() => ExternalTool.Run(tool, [])).Message, StringComparison.Ordinal);
    }

    [ToolFact("cat")]
    public void Standard_input_reaches_the_tool_and_its_output_comes_back_as_utf8()
    {
        var result = ExternalTool.Run("cat", [], standardInput: "Etorofu / Итуруп / 択捉島\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Etorofu / Итуруп / 択捉島\n", result.StandardOutput);
    }

    [ToolFact("sh")]
    public void Exit_code_and_standard_error_are_returned_not_thrown()
    {
        var (exitCode, output, error) = ExternalTool.Run("sh", ["-c", "echo out; echo err >&2; exit 3"]);

        Assert.Equal((3, "out\n", "err\n"), (exitCode, output, error));
        Assert.Throws<ExternalToolException>(() => ExternalTool.RunChecked("sh", ["-c", "exit 3"]));
    }

    [ToolFact("sleep")]
    public void A_tool_that_outlives_its_timeout_is_killed()
    {
        var error = Assert.Throws<ExternalToolException>(() => ExternalTool.Run("sleep", ["30"], timeout: TimeSpan.FromMilliseconds(200)));

        Assert.Contains("did not finish", error.Message, StringComparison.Ordinal);
    }

    [ToolFact(Qpdf.Tool)]
    public void Qpdf_check_reports_a_damaged_file_as_not_clean()
    {
        var pdf = OutlineSamples.Render();
        var damaged = pdf.AsSpan(0, pdf.Length - 40).ToArray();

        var check = Qpdf.Check(TestPdf.WriteTemp(damaged, "damaged"));

        Assert.False(check.IsClean);
        Assert.NotEmpty(check.Warnings);
    }

    [ToolFact(Pandoc.Tool, LibreOffice.Tool, PdfToText.Tool)]
    public void Docx_round_trips_through_pandoc_and_libreoffice()
    {
        var directory = Path.GetDirectoryName(TestPdf.WriteTemp([], "unused"))!;
        var docx = Path.Combine(directory, "sample.docx");
        ExternalTool.RunChecked(Pandoc.Tool, ["--from=markdown", "--to=docx", "--output", docx], standardInput: "# Southern Kurils\n\nThe 1956 Joint Declaration.\n");

        var plain = Pandoc.DocxToPlain(docx);
        var pdf = LibreOffice.ConvertToPdf(docx, Path.Combine(directory, "converted"));

        Assert.Contains("The 1956 Joint Declaration.", plain, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(directory, "converted", "sample.pdf"), pdf);
        Assert.Contains("Southern Kurils", PdfToText.Extract(pdf, layout: true), StringComparison.Ordinal);
    }
}
