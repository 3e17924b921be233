using System.Globalization;
using Briefings.Core.Markdown;
using Briefings.Docx.Blocks;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Briefings.Docx.Extensions;

/// <summary>
/// <c>::: key-points</c>, <c>::: note</c> and <c>::: warning</c> become one-cell tables in a box style (Word and
/// LibreOffice both draw those as a box, whatever the content); <c>::: page-break</c> starts a new page; any
/// other container is a plain group of blocks, so a typo loses styling, never text.
/// </summary>
internal sealed class CustomContainerRenderer : DocxObjectRenderer<CustomContainer>
{
    /// <summary>Callouts with less text than this never break across pages.</summary>
    private const int UnsplittableCalloutCharacters = 1500;

    protected override void Write(DocxRenderer renderer, CustomContainer obj)
    {
        var keep = KeepRequest.Of(obj);
        if (obj.Info == ContainerKinds.PageBreak)
        {
            renderer.EndParagraph();
            if (renderer.Container is Body)
            {
                renderer.Context.PendingPageBreak = true;
            }

            renderer.WriteChildren(obj);
            return;
        }

        if (keep)
        {
            renderer.BeginKeep();
        }

        if (ContainerKinds.IsCallout(obj.Info))
        {
            WriteCallout(renderer, obj, keep);
        }
        else
        {
            renderer.Context.Warn("BRF-DOCX-001", $"unknown container '{obj.Info}': its content is shown without styling", obj);
            renderer.WriteChildren(obj);
        }

        if (keep)
        {
            renderer.EndKeep();
        }
    }

    private static void WriteCallout(DocxRenderer renderer, CustomContainer obj, bool keep)
    {
        var (tableStyle, paragraphStyle) = obj.Info switch
        {
            ContainerKinds.KeyPoints => (StyleIds.KeyPointsBox, StyleIds.KeyPoints),
            ContainerKinds.Warning => (StyleIds.WarningBox, StyleIds.Warning),
            _ => (StyleIds.NoteBox, StyleIds.Note),
        };
        var width = renderer.Context.ContentWidth.ToString(CultureInfo.InvariantCulture);
        var cell = new DocumentFormat.OpenXml.Wordprocessing.TableCell(
            new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa }));
        var row = new TableRow();
        if (keep || TextLength(obj) < UnsplittableCalloutCharacters)
        {
            row.Append(new TableRowProperties(new CantSplit()));
        }

        row.Append(cell);
        renderer.WriteBlock(new Table(
            new TableProperties(
                new TableStyle { Val = tableStyle },
                new TableWidth { Width = width, Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = width }),
            row));

        using (renderer.EnterContainer(cell, paragraphStyle))
        {
            if (obj.Arguments is { Length: > 0 } title)
            {
                renderer.BeginParagraph(StyleIds.CalloutTitle);
                renderer.WriteText(title);
                renderer.EndParagraph();
            }

            renderer.WriteChildren(obj);
            if (renderer.LastParagraph?.ParagraphProperties is { } last && cell.LastChild is Paragraph)
            {
                // The cell margin is the box's padding; the last paragraph adds none of its own.
                last.SpacingBetweenLines = new SpacingBetweenLines { After = "0" };
            }
        }
    }

    private static int TextLength(ContainerBlock block)
    {
        var length = 0;
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            length += leaf.Inline is null ? leaf.Lines.ToString().Length : PlainText.LengthOf(leaf.Inline);
        }

        return length;
    }
}
