using Briefings.Layout.Elements;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Pdf.Blocks;

/// <summary>
/// Code in the mono font on a shaded ground. Spaces are kept as they are (no-break spaces), and lines break
/// only where the source does, unless a line is wider than the box.
/// </summary>
public sealed class CodeBlockRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, CodeBlock>
{
    protected override void Write(PdfLayoutRenderer renderer, CodeBlock obj)
    {
        if (obj.Lines.Count == 0)
        {
            // An empty fence (``` then ```): Markdig leaves its line array unset.
            return;
        }

        var styles = renderer.Styles;
        var lines = obj.Lines.Lines.Take(obj.Lines.Count).Select(line => line.Slice.ToString().Replace(' ', '\u00A0'));
        var text = string.Join('\n', lines);
        if (text.Length == 0)
        {
            return;
        }

        var paragraph = renderer.Paragraph(
            [new TextSpan(text, styles.CodeText) { Origin = PdfLayoutRenderer.Origin(obj) }],
            new ParagraphStyle(TextAlignment.Left, 1.3, 1, 1));
        var box = new BoxElement(paragraph, new BoxStyle(new Thickness(8, 6, 8, 6))
        {
            Background = styles.TableZebra,
            BorderColor = styles.Rule,
            BorderWidth = 0.5,
        });
        var spacing = renderer.Context.ParagraphSpacing;
        renderer.AddBlock(obj, box, spacing, spacing * 1.5);
    }
}
