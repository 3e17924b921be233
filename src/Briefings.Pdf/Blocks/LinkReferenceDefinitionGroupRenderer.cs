using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Pdf.Blocks;

/// <summary>Link reference definitions are resolved by the parser and show nothing.</summary>
public sealed class LinkReferenceDefinitionGroupRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, LinkReferenceDefinitionGroup>
{
    protected override void Write(PdfLayoutRenderer renderer, LinkReferenceDefinitionGroup obj)
    {
    }
}
