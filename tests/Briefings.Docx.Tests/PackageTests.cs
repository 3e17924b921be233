using System.IO.Compression;
using System.Text.RegularExpressions;
using Briefings.Docx.Tests.Support;
using Xunit;

namespace Briefings.Docx.Tests;

public sealed partial class PackageTests
{
    private static readonly Lazy<byte[]> Sample = new(() => new DocxBriefingRenderer().Render(TestDocuments.Sample("everything.md")).Content);

    [Fact]
    public void Identical_input_gives_identical_bytes()
    {
        var first = new DocxBriefingRenderer().Render(TestDocuments.Sample("everything.md")).Content;
        var second = new DocxBriefingRenderer().Render(TestDocuments.Sample("everything.md")).Content;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Concurrent_renders_give_the_same_bytes()
    {
        var document = TestDocuments.Sample("everything.md");
        var renderer = new DocxBriefingRenderer();
        var outputs = new byte[4][];
        Parallel.For(0, outputs.Length, i => outputs[i] = renderer.Render(document).Content);

        Assert.All(outputs, output => Assert.Equal(Sample.Value, output));
    }

    [Fact]
    public void Zip_has_content_types_first_then_each_part_before_its_relationships_at_the_zip_epoch()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample.Value), ZipArchiveMode.Read);

        // Ordinal order, except that a part's relationships follow it: they name the links met while writing it.
        string[] expected =
        [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
            "word/document.xml", "word/_rels/document.xml.rels", "word/footer1.xml",
            "word/footnotes.xml", "word/_rels/footnotes.xml.rels",
            "word/header1.xml", "word/numbering.xml", "word/settings.xml", "word/styles.xml",
        ];
        Assert.Equal(expected, zip.Entries.Select(entry => entry.FullName));
        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime));
    }

    [Fact]
    public void Footnotes_without_links_have_no_relationships_part()
    {
        using var zip = new ZipArchive(new MemoryStream(TestDocuments.Render("Claim.[^1] <https://example.org>\n\n[^1]: Plain note.")), ZipArchiveMode.Read);

        Assert.Contains(zip.Entries, entry => entry.FullName == "word/footnotes.xml");
        Assert.DoesNotContain(zip.Entries, entry => entry.FullName == "word/_rels/footnotes.xml.rels");
    }

    [Fact]
    public void Relationship_ids_are_explicit_not_random()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample.Value), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(entry => entry.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotMatch(RandomId(), xml);
        }
    }

    [Fact]
    public void Core_properties_come_from_the_document_info()
    {
        using var document = DocxInspection.Open(Sample.Value);
        var properties = document.PackageProperties;

        Assert.Equal("The Northern Territories Dispute", properties.Title);
        Assert.Equal("Japan–Russia territorial dispute", properties.Subject);
        Assert.Equal("Briefings", properties.Creator);
        Assert.Equal("Kuril Islands, Northern Territories, sample", properties.Keywords);
        Assert.Equal(new DateTime(2025, 4, 8, 0, 0, 0, DateTimeKind.Utc), properties.Created?.ToUniversalTime());
        Assert.Equal(properties.Created, properties.Modified);
    }

    [Fact]
    public void Reports_links_and_containers_it_cannot_honour()
    {
        var output = new DocxBriefingRenderer().Render(TestDocuments.Document("[x](file:///etc/passwd) [y](#nowhere)\n\n::: sidebar\ntext\n:::"));

        Assert.Equal(["BRF-DOCX-002", "BRF-DOCX-003", "BRF-DOCX-001"], output.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.All(output.Diagnostics, diagnostic => Assert.False(diagnostic.IsError));
        Assert.Null(output.PageCount);
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomId();
}
