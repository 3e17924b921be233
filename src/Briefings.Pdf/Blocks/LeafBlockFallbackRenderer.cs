using Briefings.Layout.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Pdf.Blocks;

/// <summary>Any block no other renderer knows: its text as a paragraph, so nothing a template writes is lost.</summary>
public sealed class LeafBlockFallbackRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, LeafBlock>
{
    protected override void Write(PdfLayoutRenderer renderer, LeafBlock obj)
    {
        var context = renderer.Context;
        IReadOnlyList<TextSpan> spans = obj.Inline is not null
            ? renderer.CollectInlines(obj.Inline, context.Text)
            : [new TextSpan(obj.Lines.ToString(), context.Text) { Origin = PdfLayoutRenderer.Origin(obj) }];
        if (spans.Count == 0 || spans.All(span => string.IsNullOrWhiteSpace(span.Text)))
        {
            return;
        }

        renderer.AddBlock(obj, renderer.Paragraph(spans), 0, context.ParagraphSpacing);
    }
}
