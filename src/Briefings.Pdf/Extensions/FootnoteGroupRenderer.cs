using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Briefings.Pdf.Extensions;

/// <summary>
/// The group of notes at the end of the Markdig tree is not part of the body: the pager sets each note at the foot
/// of the page that references it (<see cref="FootnoteNotes"/>). Without this renderer the notes' paragraphs would
/// be written into the body as unknown containers are.
/// </summary>
public sealed class FootnoteGroupRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, FootnoteGroup>
{
    protected override void Write(PdfLayoutRenderer renderer, FootnoteGroup obj)
    {
    }
}
