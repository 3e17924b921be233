using System.Text.RegularExpressions;
using Briefings.Core.Markdown;
using Briefings.Docx;
using Briefings.Testing.ExternalTools;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig;
using Xunit;

namespace Briefings.Cli.Tests.EndToEnd;

/// <summary>
/// Every output of the shipped dossier, checked with tools we did not write: PdfPig, qpdf, pdffonts,
/// pdftotext, the Open XML validator, pandoc.
/// </summary>
public sealed partial class DossierOutputsTests(DossierBuild build) : IClassFixture<DossierBuild>
{
    [Fact]
    public void Every_briefing_is_built_in_both_formats()
    {
        var pdfs = build.Files("pdf").Select(path => Path.ChangeExtension(path, null)).ToArray();
        Assert.Equal(pdfs, build.Files("docx").Select(path => Path.ChangeExtension(path, null)));
        Assert.Contains(pdfs, path => path.EndsWith("/chronology", StringComparison.Ordinal));
        Assert.Contains(pdfs, path => path.EndsWith("/treaty-summary/tokyo-declaration-1993", StringComparison.Ordinal));
        Assert.True(pdfs.Length >= 10, $"only {pdfs.Length} briefings");
    }

    [Fact]
    public void Every_treaty_summary_is_one_page()
    {
        foreach (var path in build.Files("pdf").Where(path => path.Contains("/treaty-summary/", StringComparison.Ordinal)))
        {
            using var document = PdfDocument.Open(path);
            Assert.True(document.NumberOfPages == 1, $"{path}: {document.NumberOfPages} pages");
        }
    }

    [Fact]
    public void Every_pdf_holds_every_word_of_its_markdown()
    {
        foreach (var path in build.Files("pdf"))
        {
            using var document = PdfDocument.Open(path);
            var text = Ligatures.Expand(string.Join(' ', document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text)))));
            // Over-long words (file names in narrow columns) are hyphenated at a line end: join them back.
            var pdfWords = Words(LineEndHyphen().Replace(text, string.Empty)).ToHashSet(StringComparer.Ordinal);
            var intended = Words(MarkdownText(File.ReadAllText(Path.ChangeExtension(path, "md")))).Distinct().ToArray();
            var missing = intended.Where(word => !pdfWords.Contains(word)).ToArray();
            Assert.True(missing.Length == 0, $"{path} lacks: {string.Join(", ", missing.Take(20))}");
        }
    }

    [ToolFact("qpdf", "pdffonts", "pdftotext")]
    public void Every_pdf_is_clean_for_qpdf_with_all_fonts_embedded_and_subset()
    {
        foreach (var path in build.Files("pdf"))
        {
            var check = Qpdf.Check(path);
            Assert.True(check.IsClean, $"{path}: {check.Output}");
            var fonts = PdfFonts.List(path);
            Assert.NotEmpty(fonts);
            Assert.All(fonts, font => Assert.True(font.Embedded && font.Subset && font.HasToUnicode, $"{path}: {font}"));
            Assert.Contains(Path.GetFileNameWithoutExtension(path) == "chronology" ? "Chronology" : "UNCLASSIFIED", PdfToText.Extract(path));
        }
    }

    [Fact]
    public void Every_docx_passes_the_validator_and_our_lint()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        foreach (var path in build.Files("docx"))
        {
            using (var document = WordprocessingDocument.Open(path, false))
            {
                var errors = validator.Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}").ToArray();
                Assert.True(errors.Length == 0, $"{path}:\n{string.Join('\n', errors.Take(10))}");
            }

            Assert.Empty(DocxLint.Check(File.ReadAllBytes(path)));
        }
    }

    [ToolFact("pandoc")]
    public void Pandoc_reads_back_the_text_and_the_footnotes()
    {
        var plain = Pandoc.DocxToPlain(Path.Combine(build.Out, "treaty-summary", "tokyo-declaration-1993.docx"));
        Assert.Contains("Tokyo Declaration", plain);
        Assert.Contains("Key provisions", plain);
        Assert.Matches(@"\[\d+\]", plain);
        var markdownWords = Words(MarkdownText(File.ReadAllText(Path.Combine(build.Out, "treaty-summary", "tokyo-declaration-1993.md")))).Distinct();
        var plainWords = Words(plain).ToHashSet(StringComparer.Ordinal);
        var missing = markdownWords.Where(word => !plainWords.Contains(word)).ToArray();
        Assert.True(missing.Length == 0, $"pandoc's text lacks: {string.Join(", ", missing)}");
    }

    [ToolFact("soffice")]
    public void LibreOffice_opens_every_treaty_summary_and_keeps_it_to_one_page()
    {
        var summaries = build.Files("docx").Where(path => path.Contains("/treaty-summary/", StringComparison.Ordinal)).ToArray();
        // Beside the out folder, not in it: the other tests read every file under out.
        var converted = Path.Combine(Path.GetDirectoryName(build.Out)!, "libreoffice");
        var profile = Path.Combine(Path.GetTempPath(), $"briefings-lo-{Guid.NewGuid():N}");
        try
        {
            // One soffice process for all documents: starting LibreOffice costs seconds, converting one costs little.
            ExternalTool.RunChecked(
                LibreOffice.Tool,
                [$"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", converted, .. summaries],
                timeout: TimeSpan.FromMinutes(5));
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        foreach (var summary in summaries)
        {
            var pdf = Path.Combine(converted, Path.GetFileNameWithoutExtension(summary) + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice did not convert {summary}");
            using var document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages == 1, $"{summary} takes {document.NumberOfPages} pages in LibreOffice");
        }
    }

    /// <summary>The visible text of Markdown: literal inlines of the body and the footnotes, front matter excluded.</summary>
    private static string MarkdownText(string markdown) =>
        string.Join(' ', BriefingMarkdown.Parse(markdown).Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));

    /// <summary>
    /// Words of three letters or more, compared without case: what a reader would search for. Tokens mixing
    /// letters and digits (file names) are left out: hyphenated inside a narrow table cell, their halves are
    /// not adjacent in any reading order a PDF reader can recover.
    /// </summary>
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(match => match.Value.ToLowerInvariant());

    [GeneratedRegex(@"(?<=\w)-\s+")]
    private static partial Regex LineEndHyphen();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])\p{L}{3,}(?![\p{L}\p{N}_])")]
    private static partial Regex WordPattern();
}
