namespace Briefings.Core.Markdown;

/// <summary>
/// The one rule for links that leave the document, shared by the template functions and both renderers:
/// absolute http, https and mailto addresses. Anything else (javascript:, file:, data:, relative paths)
/// stays text.
/// </summary>
public static class ExternalLinks
{
    public static Uri? Parse(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
            ? uri
            : null;
}
