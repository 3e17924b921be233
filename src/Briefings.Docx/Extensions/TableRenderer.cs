using System.Globalization;
using Briefings.Core.Markdown;
using Briefings.Docx.Blocks;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Briefings.Docx.Extensions;

/// <summary>
/// Pipe tables: full text width, fixed column widths, the Briefing Table style, a header row that repeats on
/// every page and never splits, per-column alignment, and a paragraph in every cell.
/// </summary>
internal sealed class TableRenderer : DocxObjectRenderer<MarkdigTable>
{
    /// <summary>Rows with less text than this are kept on one page; longer rows may break.</summary>
    private const int UnsplittableRowCharacters = 400;

    protected override void Write(DocxRenderer renderer, MarkdigTable obj)
    {
        var columns = ColumnCount(obj);
        if (columns == 0)
        {
            return;
        }

        var totalWidth = renderer.Context.ContentWidth;
        var widths = ColumnWidths.Compute(obj, columns, totalWidth);
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = Text(width) });
        }

        var table = new WordTable(
            new TableProperties(
                new TableStyle { Val = StyleIds.BriefingTable },
                new TableWidth { Width = Text(totalWidth), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            grid);

        var keep = KeepRequest.Of(obj);
        renderer.WriteBlock(table);
        if (keep)
        {
            renderer.BeginKeep();
        }

        foreach (var block in obj)
        {
            if (block is MarkdigTableRow row)
            {
                WriteRow(renderer, obj, row, table, widths, keep);
            }
        }

        if (keep)
        {
            renderer.EndKeep();
        }
    }

    private static void WriteRow(DocxRenderer renderer, MarkdigTable table, MarkdigTableRow row, WordTable target, int[] widths, bool keep)
    {
        var wordRow = new WordTableRow();
        if (row.IsHeader)
        {
            wordRow.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        }
        else if (keep || TextLength(row) < UnsplittableRowCharacters)
        {
            wordRow.Append(new TableRowProperties(new CantSplit()));
        }

        target.Append(wordRow);
        var column = 0;
        foreach (var block in row)
        {
            if (block is not MarkdigTableCell cell || column >= widths.Length)
            {
                continue;
            }

            var span = Math.Clamp(cell.ColumnSpan, 1, widths.Length - column);
            var wordCell = NewCell(widths.AsSpan(column, span));
            wordRow.Append(wordCell);
            using (renderer.EnterContainer(wordCell, row.IsHeader ? StyleIds.TableHeading : StyleIds.TableText, Alignment(table, column)))
            {
                renderer.WriteChildren(cell);
            }

            column += span;
        }

        for (; column < widths.Length; column++)
        {
            var filler = NewCell(widths.AsSpan(column, 1));
            filler.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = row.IsHeader ? StyleIds.TableHeading : StyleIds.TableText })));
            wordRow.Append(filler);
        }
    }

    private static WordTableCell NewCell(ReadOnlySpan<int> columnWidths)
    {
        var width = 0;
        foreach (var columnWidth in columnWidths)
        {
            width += columnWidth;
        }

        var properties = new TableCellProperties(new TableCellWidth { Width = Text(width), Type = TableWidthUnitValues.Dxa });
        if (columnWidths.Length > 1)
        {
            properties.Append(new GridSpan { Val = columnWidths.Length });
        }

        return new WordTableCell(properties);
    }

    private static JustificationValues? Alignment(MarkdigTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => JustificationValues.Center,
                TableColumnAlign.Right => JustificationValues.Right,
                TableColumnAlign.Left => JustificationValues.Left,
                _ => null,
            }
            : null;

    private static int ColumnCount(MarkdigTable table)
    {
        var columns = 0;
        foreach (var block in table)
        {
            if (block is MarkdigTableRow row)
            {
                var cells = 0;
                foreach (var cell in row)
                {
                    cells += Math.Max(1, (cell as MarkdigTableCell)?.ColumnSpan ?? 1);
                }

                columns = Math.Max(columns, cells);
            }
        }

        return columns;
    }

    private static int TextLength(MarkdigTableRow row)
    {
        var length = 0;
        foreach (var leaf in row.Descendants<LeafBlock>())
        {
            length += PlainText.LengthOf(leaf.Inline);
        }

        return length;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
