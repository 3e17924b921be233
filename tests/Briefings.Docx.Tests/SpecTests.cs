using Briefings.Docx.Tests.Support;
using Briefings.Testing;
using Xunit;

namespace Briefings.Docx.Tests;

/// <summary>
/// One Markdown construct in, the document body it becomes out (title block and section properties left
/// aside), as a reviewed snapshot; footnote and numbering parts are added where the construct uses them.
/// Every document must also pass the schema validator and the lint.
/// </summary>
public sealed class SpecTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "paragraph", "Plain text, with a second sentence." },
        { "emphasis", "*italic* **bold** ***bold italic*** ~~struck~~ _under_" },
        { "inline-code", "Run `briefings build` now." },
        { "hard-break", "first line\\\nsecond line" },
        { "soft-break", "first line\nsecond line" },
        { "headings", "# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five" },
        { "heading-attributes", "## Custom heading {#custom-id .keep}\n\n## Same\n\n## Same" },
        { "bullet-list", "- a\n- b\n  - nested\n    - deeper\n- c\n\nafter" },
        { "ordered-list", "3. three\n4. four\n\n   continued paragraph\n\nafter" },
        { "ordered-restart", "1. one\n2. two\n\ntext\n\n1. again\n2. and again" },
        { "mixed-nesting", "1. first\n   - bullet under number\n     1. number under bullet\n2. second" },
        { "empty-list-item", "- \n- b" },
        { "quote", "> quoted *text*\n>\n> second paragraph" },
        { "code-block", "```text\nline 1\n    indented\n\ttabbed\n```" },
        { "indented-code", "    code line\n    second" },
        { "thematic-break", "above\n\n***\n\nbelow" },
        { "external-links", "[site](https://example.org) <https://example.org/x> <a@b.org> [mail](mailto:c@d.org) www.example.com" },
        { "unsafe-links", "[file](file:///etc/passwd) [script](javascript:alert(1)) [relative](docs/x.md)" },
        { "internal-link", "## Target\n\nSee [target](#target) and [missing](#nowhere)." },
        { "table", "| A | B | C |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n| x |" },
        { "table-proportions", "| Narrow | Wide |\n|---|---------|\n| a | b |" },
        { "table-inline-content", "| Term | Meaning |\n|---|---|\n| **bold** | `code` and [link](https://example.org) |" },
        { "table-keep", "{.keep}\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |" },
        { "table-followed-by-text", "| A |\n|---|\n| 1 |\n\nText after the table." },
        { "adjacent-tables", "| A |\n|---|\n| 1 |\n\n::: note\nBoxed right after a table.\n:::" },
        { "key-points", "::: key-points Key points\n- one\n- two\n:::" },
        { "note", "::: note\nA note.\n:::" },
        { "warning-keep", "::: warning Careful {.keep}\nFirst.\n\nSecond.\n:::" },
        { "unknown-container", "::: sidebar\nText kept.\n:::" },
        { "page-break", "before\n\n::: page-break\n:::\n\nafter" },
        { "page-break-before-table", "before\n\n::: page-break\n:::\n\n| A |\n|---|\n| 1 |" },
        { "keep-paragraph", "First kept paragraph,\nover two lines.\n{.keep}\n\nNext." },
        { "keep-quote", "{.keep}\n> one\n>\n> two" },
        { "footnotes", "Claim.[^1] Again.[^1] Other.[^b]\n\n[^1]: Source *one*.\n[^b]: Source two, see <https://example.org> and [top](#top).\n\n    Second paragraph of the note.\n\n# Top" },
        { "table-short-row-keep", "{.keep}\n| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n| x |" },
        { "table-in-list", "- item\n\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n- second\n\nafter" },
        { "callout-with-table", "::: note Title\nText.\n\n| A |\n|---|\n| 1 |\n:::\n\nafter" },
        { "footnote-with-ordered-list-and-table", "Claim.[^1]\n\n[^1]: Note.\n\n    1. one\n    2. two\n\n    | T |\n    |---|\n    | 1 |" },
        { "html-is-text", "a <b>tag</b> &amp; entity &copy;" },
        { "control-characters", "bell\u0007 and \uD800 lone surrogate and emoji \U0001F30F" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders(string name, string markdown)
    {
        var docx = TestDocuments.Render(markdown);
        DocxAssert.Sound(docx);

        var snapshot = DocxInspection.ContentXml(docx);
        if (markdown.Contains("[^", StringComparison.Ordinal))
        {
            snapshot += "\n<!-- footnotes -->\n" + DocxInspection.FootnotesXml(docx);
        }

        if (name.Contains("list", StringComparison.Ordinal) || name.Contains("ordered", StringComparison.Ordinal) || name.Contains("nesting", StringComparison.Ordinal))
        {
            snapshot += "\n<!-- numbering instances -->\n" + DocxInspection.NumberingInstancesXml(docx);
        }

        Snapshot.Verify(snapshot, name, "xml");
    }
}
