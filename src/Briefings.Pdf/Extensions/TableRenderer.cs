using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Briefings.Pdf.Extensions;

/// <summary>
/// Pipe tables: header shaded in the theme's colours and repeated on every page, zebra rows, per-column
/// alignment. Column widths follow the content, unless the separator row's dashes give unequal proportions.
/// </summary>
public sealed class TableRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, Table>
{
    protected override void Write(PdfLayoutRenderer renderer, Table obj)
    {
        var styles = renderer.Styles;
        var header = new List<IReadOnlyList<Element>>();
        var body = new List<IReadOnlyList<Element>>();
        var columnCount = 0;
        foreach (var row in obj.OfType<TableRow>())
        {
            var cells = new List<Element>();
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var alignment = Alignment(obj, cell.ColumnIndex >= 0 ? cell.ColumnIndex : index);
                var text = row.IsHeader ? styles.TableHeaderTextStyle : styles.TableText;
                renderer.PushContext(new BlockContext(text, new ParagraphStyle(alignment, 1.25, 1, 1), 3));
                renderer.PushBlocks();
                renderer.WriteChildren(cell);
                cells.Add(renderer.PopBlocks());
                renderer.PopContext();
                index++;
            }

            columnCount = Math.Max(columnCount, cells.Count);
            (row.IsHeader ? header : body).Add(cells);
        }

        var padding = styles.Theme.Spacing.CellPadding;
        var style = new TableStyle(new Thickness(padding + 1.5, padding, padding + 1.5, padding + 0.5), styles.TableBorder)
        {
            HeaderBackground = styles.TableHeaderBackground,
            ZebraBackground = styles.TableZebra,
        };
        var table = new TableElement(header, body, style, Proportions(obj, columnCount));
        var spacing = renderer.Context.ParagraphSpacing;
        renderer.AddBlock(obj, table, spacing, spacing * 1.5);
    }

    private static TextAlignment Alignment(Table table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => TextAlignment.Center,
                TableColumnAlign.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            }
            : TextAlignment.Left;

    /// <summary>
    /// The separator's proportions, when it states some: equal dashes everywhere (the usual <c>|---|---|</c>)
    /// say nothing about widths, so the content decides.
    /// </summary>
    private static double[]? Proportions(Table table, int columnCount)
    {
        if (columnCount == 0 || table.ColumnDefinitions.Count < columnCount)
        {
            return null;
        }

        var widths = table.ColumnDefinitions.Take(columnCount).Select(definition => (double)definition.Width).ToArray();
        return widths.All(width => width > 0) && widths.Distinct().Count() > 1 ? widths : null;
    }
}
