using Briefings.Testing;
using System.Text;
using Briefings.Core.Markdown;
using FsCheck;
using FsCheck.Fluent;
using Markdig;
using Markdig.Extensions.Tables;
using Xunit;

namespace Briefings.Core.Tests.Markdown;

/// <summary>The linear pipe table parser makes the very tree Markdig's own makes, only without its quadratic nesting.</summary>
public sealed class LinearPipeTableParserTests
{
    private const string Header = "| A | B |\n|---|---|\n";

    private const string Notes = "\n\n[^1]: One.\n[^2]: Two.\n";

    private static readonly MarkdownPipeline MarkdigTables = BriefingMarkdown.CreatePipeline(linearFootnotes: true, linearTables: false);

    public static TheoryData<string> Documents => new()
    {
        Header + "| a | b |\n",
        Header + "| a \\| b | c \\|\\| |\n| \\| | \\\\| d |\n",
        Header + "| `a | b` | c |\n| **`x|y`** | ``z | `` |\n",
        Header + "| [a | b](https://example.org/) | c |\n| **[d](https://example.org/d|e)** | ![*i* | j](https://example.org/i.png) |\n",
        "| L | C | R | N |\n|:--|:-:|--:|---|\n| 1 | **2** | 3 | _4_ |\n",
        "| L | C |\n| :-- | :----: |\n| *1* | 2 |\n",
        "A | B\n--|--\n**a** | b\n*c* | d\n",
        "| A | B\n|---|---\n| **a** | b\n| c | *d*\n",
        "A | B |\n---|---|\n**a** | b |\nc | *d* |\n",
        "| A | B | C |\n|---|---|---|\n| **a** |\n| a | b | *c* | d | e |\n| x | y |\n",
        Header + "|  | **b** |\n| a |  |\n|||\n| | |\n",
        Header,
        "| **A** | _B_ |\n|---|---|\n",
        "- item\n\n  | A | B |\n  |---|---|\n  | **a** | b |\n  | c | *d* |\n",
        "> | A | B |\n> |---|---|\n> | *a* | **b** |\n> | c | d |\n",
        "::: note\n| A | B |\n|---|---|\n| **a** | _b_ |\n| ~~c~~ | d |\n:::\n",
        "- > | A | B |\n  > |---|---|\n  > | **a** | b |\n",
        Header + "| *a | b* |\n| **a | b** | c |\n| a **b | c** d |\n| _x | y_ | z |\n",
        Header + "| *a | b |\n| c | d** |\n| e* | **f |\n",
        Header + "| ***a*** | __b__ |\n| *__c__* | ~~**d**~~ |\n| **x *y* z** | _u **v** w_ |\n",
        Header + "| a[^1] | **b**[^2][^1] |\n| [^2] | *c*[^1] |" + Notes,
        Header + "| **a** | b |\n{.keep}\n",
        "{.keep}\n" + Header + "| **a** | b |\n",
        Header + "| **a** {.x} | b {#y} |\n| c | *d*{.z} |\n",
        "Intro with **bold**\n" + Header + "| **a** | b |\n| c | *d* |\n",
        "Intro with **bold\n" + Header + "| a** | b |\n",
        "# Title\n" + Header + "| **a** | b |\n\nAfter.\n",
        // Autolinks drop trailing characters of the emphasis delimiters still open around them (in a table: any row above).
        Header + "| **a** | b |\n| http://example.org/x_* | c |\n| _d_ | www.example.org/y_* |\n| ~~e~~ | https://example.org/z~_* |\n",
        Header + "| **a** | http://example.org/**b** |\n| *c* | mailto:a@example.org* |\n",
        "**a** | b\n--|--\n`x\n| y` | z\n",
        "| **a** | b |\n|--|--|\n| `x\n| y` | z |\n",
        Header + "| [a | b |\n| **c** | d](https://example.org/) |\n| e | f |\n",
        Header + "| [a | **b** |\n| *c* | d |\n",
        Header + "| a ] b | **c** ] |\n| ]] | [x] |\n",
        Header + "| &amp; **x** | &copy; _y_ |\n",
        Header + "| ::a:: | **b** |\n| ::c **d**:: | e |\n",
        Header + "| a  \n| **b**  \n| c |\n",
        "| A | B |\r\n|---|---|\r\n| **a** | b |\r\n| c | *d* |\r\n",
        "|\tA\t|\tB\t|\n|---|---|\n|\t**a**\t|\tb\t|\n",
        "a | **b**\nc **d** e\nf | g\n",
        "a **b** | c\nd *e*\n",
        "| a |\n| **b** |\n",
        Header + "| **a** | b |\n\n| C | D |\n|:-|-:|\n| *c* | **d** |\n",
        Header + "| <https://example.org/a|b> | **c** |\n",
        Header + "| a | b |\n| ** | ** |\n| __ | _ |\n| * * | ~~ |\n",
        Header + "| a:b | **c:** |\n|: | :|\n",
        ChronologyShapedTable(2_000),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Makes_the_tree_Markdig_makes(string markdown) => AssertSameTree(markdown);

    [Fact]
    public void Makes_the_tree_Markdig_makes_for_every_shipped_briefing()
    {
        var snapshots = ShippedBriefingMarkdown.Files();
        Assert.NotEmpty(snapshots);
        foreach (var file in snapshots)
        {
            AssertSameTree(File.ReadAllText(file));
        }
    }

    [Fact]
    public void Makes_the_tree_Markdig_makes_for_any_table_of_the_dialect_s_pieces()
    {
        // Cells from pieces rather than characters, so that emphasis, code, links, references, escapes and cell
        // delimiters meet each other often, within a cell and across cells and rows.
        string[] pieces = ["a", "b c", " ", "*", "**", "_", "__", "~~", "::", "`", "[", "]", "](https://example.org/)", "![", "[^1]", "[^2]", "\\|", "|", ":", "{.keep}", "http://example.org/a*", "www.example.org/b_", "&amp;", "<", ">"];
        var cells = Gen.ArrayOf(Gen.Elements(pieces)).Select(string.Concat);
        var rows = from lead in Gen.Elements("| ", string.Empty)
                   from row in Gen.NonEmptyListOf(cells)
                   from trail in Gen.Elements(" |", string.Empty)
                   select lead + string.Join(" | ", row) + trail;
        var separators = from edge in Gen.Elements("|", string.Empty)
                         from columns in Gen.NonEmptyListOf(Gen.Elements("---", ":--", "--:", ":-:", " - "))
                         select edge + string.Join('|', columns) + edge;
        var tables = (from before in Gen.Elements(string.Empty, "Intro **x**\n", "> ", "{.keep}\n")
                      from header in rows
                      from separator in Gen.OneOf(separators, rows)
                      from body in Gen.ListOf(rows)
                      select before + string.Join('\n', new[] { header, separator }.Concat(body)) + Notes)
            .ToArbitrary();
        Prop.ForAll(tables, markdown => MarkdownTreeDump.Of(Parse(markdown, MarkdigTables)) == MarkdownTreeDump.Of(BriefingMarkdown.Parse(markdown)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1_000));
    }

    [Fact]
    public void Parses_a_table_far_larger_than_Markdig_s_own_parser_accepts()
    {
        // Markdig's refuses about 5,000 rows of this shape (each bold title two more levels of nesting).
        var document = BriefingMarkdown.Parse(ChronologyShapedTable(20_000));
        var table = Assert.IsType<Table>(Assert.Single(document, block => block is Table));
        Assert.Equal(20_001, table.Count);
        Assert.Throws<ArgumentException>(() => Parse(ChronologyShapedTable(20_000), MarkdigTables));
    }

    private static void AssertSameTree(string markdown) =>
        Assert.Equal(MarkdownTreeDump.Of(Parse(markdown, MarkdigTables)), MarkdownTreeDump.Of(BriefingMarkdown.Parse(markdown)));

    private static Markdig.Syntax.MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline) =>
        Markdig.Markdown.Parse(AdjacentFootnoteReferences.Separate(markdown), pipeline);

    /// <summary>Rows like the chronology's: a date, a bold title, text and footnote references, some side by side.</summary>
    private static string ChronologyShapedTable(int rows)
    {
        var markdown = new StringBuilder("| Date | Event |\n|:-------|:-----------------------------|\n");
        for (var row = 1; row <= rows; row++)
        {
            markdown.Append("| 12 March ").Append(1900 + (row % 100)).Append(row % 9 == 0 ? "[^d" + row + "]" : string.Empty)
                .Append(" | **Northland and Southland sign protocol ").Append(row).Append(".** They signed it at Port Amber.[^").Append(row).Append(']')
                .Append(row % 5 == 0 ? "[^d" + row + "]" : string.Empty).Append(" |\n");
        }

        markdown.Append('\n');
        for (var row = 1; row <= rows; row++)
        {
            markdown.Append("[^").Append(row).Append("]: Gazette, line ").Append(row).Append(".\n");
            if (row % 9 == 0 || row % 5 == 0)
            {
                markdown.Append("[^d").Append(row).Append("]: Disputed, see discrepancy ").Append(row).Append(".\n");
            }
        }

        return markdown.ToString();
    }
}
