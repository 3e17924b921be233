using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf.Inlines;

/// <summary>
/// A link: clickable for http, https and mailto, or to a heading for <c>#anchor</c>; any other target shows its
/// text only. An image (which a briefing cannot embed) shows its description.
/// </summary>
public sealed class LinkRenderer : MarkdownObjectRenderer<PdfLayoutRenderer, LinkInline>
{
    protected override void Write(PdfLayoutRenderer renderer, LinkInline obj)
    {
        var inline = renderer.Inline;
        var previous = inline.Link;
        if (!obj.IsImage)
        {
            inline.Link = LinkTargets.From(obj.GetDynamicUrl?.Invoke() ?? obj.Url) ?? previous;
        }

        renderer.WriteChildren(obj);
        inline.Link = previous;
    }
}
