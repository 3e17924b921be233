using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Pdf.Blocks;

/// <summary>
/// Headings 1–4 in the heading font, kept with the block that follows (never alone at a page foot), each a named
/// destination for its outline entry (<see cref="DocumentOutline"/>, which decides which headings have one). A
/// first-level heading under a rule.
/// </summary>
public sealed class HeadingRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, HeadingBlock>
{
    protected override void Write(PdfLayoutRenderer renderer, HeadingBlock obj)
    {
        var titleSeen = renderer.TitleHeadingSeen;
        var entry = DocumentOutline.Entry(obj, renderer.Title, ref titleSeen, out var repeatsTitle);
        renderer.TitleHeadingSeen = titleSeen;
        if (repeatsTitle)
        {
            // The title block already shows it.
            return;
        }

        var level = Math.Clamp(obj.Level, 1, 4);
        var spans = renderer.CollectInlines(obj.Inline, renderer.Styles.HeadingText(level));
        Element element = renderer.Paragraph(spans, new ParagraphStyle(TextAlignment.Left, 1.2, Orphans: 1, Widows: 1));
        if (level == 1)
        {
            element = new ColumnElement([new ColumnItem(element, 0, 2.5), new ColumnItem(new RuleElement(renderer.Styles.Rule, 0.6))]);
        }

        // An empty heading draws nothing, so it has no place to point to and no entry.
        if (entry is not null)
        {
            element = new AnchorElement(entry.DestinationName, element);
        }

        var spacing = renderer.Styles.Theme.Spacing;
        var before = spacing.HeadingBefore * (level switch { 1 => 1.5, 2 => 1.25, _ => 1 });
        renderer.AddBlock(obj, element, before, spacing.HeadingAfter + (level == 1 ? 2 : 0), keepWithNext: true);
    }
}
