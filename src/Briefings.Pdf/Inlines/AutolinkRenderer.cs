using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf.Inlines;

public sealed class AutolinkRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, AutolinkInline>
{
    protected override void Write(PdfLayoutRenderer renderer, AutolinkInline obj)
    {
        var inline = renderer.Inline;
        var previous = inline.Link;
        inline.Link = LinkTargets.From(obj.IsEmail ? "mailto:" + obj.Url : obj.Url) ?? previous;
        inline.Add(obj.Url, PdfLayoutRenderer.Origin(obj));
        inline.Link = previous;
    }
}
