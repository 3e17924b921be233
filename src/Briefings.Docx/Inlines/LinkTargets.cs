using Briefings.Core.Markdown;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace Briefings.Docx.Inlines;

/// <summary>Decides what a link address becomes: an external hyperlink, an internal one, or no link.</summary>
internal static class LinkTargets
{
    public static Hyperlink? Hyperlink(DocxRenderer renderer, string? url, MarkdownObject at)
    {
        if (url is { Length: > 1 } && url[0] == '#')
        {
            if (renderer.Context.Headings.BookmarkFor(url[1..]) is { } bookmark)
            {
                return new Hyperlink { Anchor = bookmark, History = true };
            }

            renderer.Context.Warn("BRF-DOCX-003", $"link to '{url}' names no heading: its text is shown without a link", at);
            return null;
        }

        if (ExternalLinks.Parse(url) is { } address)
        {
            return new Hyperlink { Id = renderer.Links.IdFor(address), History = true };
        }

        renderer.Context.Warn("BRF-DOCX-002", $"link to '{url}' is not an http, https or mailto address: its text is shown without a link", at);
        return null;
    }
}
