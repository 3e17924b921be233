namespace Briefings.Testing.ExternalTools;

/// <summary>poppler's <c>pdffonts</c>, parsed.</summary>
public static class PdfFonts
{
    public const string Tool = "pdffonts";

    /// <summary>Lists the fonts of every page of <paramref name="pdfPath"/>.</summary>
    public static IReadOnlyList<PdfFontInfo> List(string pdfPath) => Parse(ExternalTool.RunChecked(Tool, [pdfPath]).StandardOutput);

    /// <summary>
    /// Parses pdffonts' table. Column bounds come from the dashed rule under the header, because font names
    /// and types contain spaces ("CID TrueType") and the widths are poppler's, not ours.
    /// </summary>
    public static IReadOnlyList<PdfFontInfo> Parse(string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var ruleIndex = Array.FindIndex(lines, line => line.StartsWith("---", StringComparison.Ordinal));
        if (ruleIndex < 1)
        {
            throw new ExternalToolException($"Unexpected pdffonts output:{Environment.NewLine}{output}");
        }

        var columns = ColumnBounds(lines[ruleIndex]);
        if (columns.Count < 6)
        {
            throw new ExternalToolException($"pdffonts header has {columns.Count} columns, expected at least 6:{Environment.NewLine}{output}");
        }

        var rows = new List<PdfFontInfo>();
        foreach (var line in lines.Skip(ruleIndex + 1).Where(line => line.Trim().Length > 0))
        {
            string Cell(int index)
            {
                var (start, end) = columns[index];
                if (start >= line.Length)
                {
                    return string.Empty;
                }

                // The last column may run past the rule; every other cell ends where the rule ends.
                var length = index == columns.Count - 1 ? line.Length - start : Math.Min(end, line.Length) - start;
                return line.Substring(start, length).Trim();
            }

            rows.Add(new PdfFontInfo(Cell(0), Cell(1), Cell(2), Cell(3) == "yes", Cell(4) == "yes", Cell(5) == "yes"));
        }

        return rows;
    }

    private static List<(int Start, int End)> ColumnBounds(string rule)
    {
        var bounds = new List<(int Start, int End)>();
        var index = 0;
        while (index < rule.Length)
        {
            if (rule[index] != '-')
            {
                index++;
                continue;
            }

            var start = index;
            while (index < rule.Length && rule[index] == '-')
            {
                index++;
            }

            bounds.Add((start, index));
        }

        return bounds;
    }
}
