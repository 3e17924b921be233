using System.Text;

namespace Briefings.Benchmarks;

/// <summary>A pipe table of the chronology's shape: a date, then a bold title, text and a footnote reference per row.</summary>
internal static class ChronologyTable
{
    public static string Markdown(int rows)
    {
        var markdown = new StringBuilder("| Date | Event |\n|:-------|:-----------------------------|\n");
        for (var row = 0; row < rows; row++)
        {
            markdown.Append("| 12 March 1923 | **Northland and Southland sign a protocol.** Northland and Southland signed a fisheries protocol at Port Amber.[^").Append(row + 1).Append("] |\n");
        }

        return markdown.ToString();
    }
}
