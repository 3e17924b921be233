using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

/// <summary>
/// Web and mail links become hyperlinks through relationships; <c>#anchor</c> links point at the heading's
/// bookmark. Anything else, and images (a briefing has none), keep their text without a link.
/// </summary>
internal sealed class LinkInlineRenderer : DocxObjectRenderer<LinkInline>
{
    protected override void Write(DocxRenderer renderer, LinkInline obj)
    {
        var hyperlink = obj.IsImage ? null : LinkTargets.Hyperlink(renderer, obj.Url, obj);
        if (hyperlink is null)
        {
            WriteLabel(renderer, obj);
            return;
        }

        var saved = renderer.Format;
        renderer.BeginHyperlink(hyperlink);
        renderer.Format |= RunFormat.Link;
        WriteLabel(renderer, obj);
        renderer.Format = saved;
        renderer.EndHyperlink();
    }

    private static void WriteLabel(DocxRenderer renderer, LinkInline link)
    {
        if (link.FirstChild is null)
        {
            renderer.WriteText(link.Url);
        }
        else
        {
            renderer.WriteChildren(link);
        }
    }
}
