using Briefings.Docx.Tests.Support;
using Briefings.Testing.ExternalTools;
using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Docx.Tests;

/// <summary>Two independent readers: pandoc must read the text back, LibreOffice must lay it out.</summary>
public sealed class ExternalReaderTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "briefings-docx-" + Guid.NewGuid().ToString("N"));

    public ExternalReaderTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [ToolFact(Pandoc.Tool)]
    public void Pandoc_reads_back_text_tables_and_footnotes()
    {
        var path = Write("everything.docx", new DocxBriefingRenderer().Render(TestDocuments.Sample("everything.md")).Content);

        var text = Pandoc.DocxToPlain(path);

        Assert.Contains("The Northern Territories Dispute", text, StringComparison.Ordinal);
        Assert.Contains("The 1956 Joint Declaration promised the transfer of Shikotan", text, StringComparison.Ordinal);
        Assert.Contains("Yalta Agreement; 1945 surrender; UN Charter Art. 107", text, StringComparison.Ordinal);
        Assert.Contains("Treaty of Shimoda fixes the border between Etorofu and Urup", text, StringComparison.Ordinal);
        Assert.Contains("Diplomatic Bluebook 2025, chapter 2.", text, StringComparison.Ordinal);
        Assert.Contains("Soviet operations on the islands, 28 August – 5 September 1945.", text, StringComparison.Ordinal);
        Assert.Contains("briefings build treaty-summary --format pdf,docx", text, StringComparison.Ordinal);
    }

    [ToolFact(LibreOffice.Tool)]
    public void LibreOffice_lays_out_the_sample_on_the_expected_pages()
    {
        var path = Write("everything.docx", new DocxBriefingRenderer().Render(TestDocuments.Sample("everything.md")).Content);

        using var pdf = PdfDocument.Open(LibreOffice.ConvertToPdf(path, directory));

        // Two pages of content, then the annex after the explicit page break.
        Assert.Equal(3, pdf.NumberOfPages);
        Assert.Contains("Annex: sources", pdf.GetPage(3).Text, StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", pdf.GetPage(3).Text, StringComparison.Ordinal);
        Assert.Contains("Positions", pdf.GetPage(2).Text, StringComparison.Ordinal);
    }

    [ToolFact(LibreOffice.Tool)]
    public void LibreOffice_repeats_the_header_row_of_a_long_table_on_every_page()
    {
        var rows = string.Concat(Enumerable.Range(1, 90).Select(i => $"| {i} | Event {i} |\n"));
        var path = Write("long.docx", TestDocuments.Render("| Number | Happening |\n|---|---|\n" + rows));

        using var pdf = PdfDocument.Open(LibreOffice.ConvertToPdf(path, directory));

        Assert.True(pdf.NumberOfPages >= 2);
        Assert.All(pdf.GetPages(), page => Assert.Contains("Happening", page.Text, StringComparison.Ordinal));
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
