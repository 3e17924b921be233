using Briefings.Docx.Tests.Support;
using Briefings.Testing;
using Xunit;

namespace Briefings.Docx.Tests;

public sealed class TableOfContentsTests
{
    [Fact]
    public void Lists_headings_to_level_three_as_links_inside_a_toc_field()
    {
        var docx = TestDocuments.Render("# One\n\n## Two *em*[^1]\n\n### Three\n\n#### Four is not listed\n\n[^1]: Note.", TestDocuments.DefaultInfo with { TableOfContents = true });

        DocxAssert.Sound(docx);
        Snapshot.Verify(DocxInspection.ContentXml(docx), extension: "xml");
    }

    [Fact]
    public void Without_headings_is_an_empty_but_valid_field()
    {
        var docx = TestDocuments.Render("Just text.", TestDocuments.DefaultInfo with { TableOfContents = true });

        DocxAssert.Sound(docx);
        Snapshot.Verify(DocxInspection.ContentXml(docx), extension: "xml");
    }

    [Fact]
    public void Is_absent_unless_asked_for()
    {
        var docx = TestDocuments.Render("# One");

        Assert.DoesNotContain("TOC", DocxInspection.ContentXml(docx), StringComparison.Ordinal);
    }
}
