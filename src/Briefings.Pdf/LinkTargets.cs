using Briefings.Core.Markdown;
using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>Which links become clickable: http, https and mailto URIs, and #anchors inside the document. Anything else is plain text.</summary>
public static class LinkTargets
{
    public static LinkTarget? From(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (url.StartsWith('#') && url.Length > 1)
        {
            return LinkTarget.Destination(url[1..]);
        }

        return ExternalLinks.Parse(url) is { } uri ? LinkTarget.Uri(uri.AbsoluteUri) : null;
    }
}
