using System.Text;
using Briefings.Core.Diagnostics;
using Briefings.Core.Rendering;
using Markdig.Extensions.Tables;
using Xunit;

namespace Briefings.Core.Tests.Rendering;

/// <summary>A table is refused for what it nests, never for how many rows it has, and the refusal says where the table is.</summary>
public sealed class GuardedMarkdownTests
{
    private const string FormattedRow = "| *a* **b** ~~c~~ | *d* **e** |\n";

    [Fact]
    public void A_formatted_table_of_any_length_parses()
    {
        // Five delimiters a cell: Markdig's own table parser refused this from about a thousand rows (BRF-MD-010).
        var document = GuardedMarkdown.Parse(Table(string.Empty, 6_000), "long");
        Assert.Equal(6_001, Assert.IsType<Table>(Assert.Single(document)).Count);
    }

    [Fact]
    public void A_table_that_an_open_bracket_nests_too_deeply_is_located_at_its_header()
    {
        var error = Assert.Single(Assert.Throws<BriefingsException>(() => GuardedMarkdown.Parse("Intro.\n\n" + Table("| [open | x |\n", 1_100), "probe")).Diagnostics);
        Assert.Equal((GuardedMarkdown.TableTooDeepCode, "probe.md", 3, 1), (error.Code, error.Location?.File, error.Location?.Line, error.Location?.Column));
        Assert.Contains("a table of 1,102 rows × 2 columns nests too deeply", error.Message, StringComparison.Ordinal);
        Assert.Contains("`[` left open", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A two-column table: the header, <paramref name="firstRows"/>, then formatted rows.</summary>
    private static string Table(string firstRows, int rows)
    {
        var markdown = new StringBuilder("| A | B |\n|---|---|\n").Append(firstRows);
        for (var row = 0; row < rows; row++)
        {
            markdown.Append(FormattedRow);
        }

        return markdown.ToString();
    }
}
