using Briefings.Core.Markdown;

namespace Briefings.Core.Templating.Functions;

/// <summary>
/// The only ways to put Markdown structure into the output from a value: <c>raw_markdown</c> trusts its
/// argument; <c>link</c> builds a link only to http, https or mailto addresses.
/// </summary>
public sealed class MarkdownFunctions
{
    [TemplateFunction("raw_markdown")]
    [TemplateExample("{{ \"**bold**\" | raw_markdown }} {{ \"**text**\" }}", "**bold** \\*\\*text\\*\\*")]
    public RawMarkdown RawMarkdown(string? markdown) => new(markdown ?? string.Empty);

    [TemplateFunction("link")]
    [TemplateExample("{{ link \"Ministry [site]\" \"https://example.org/a b\" }}", "[Ministry \\[site\\]](<https://example.org/a b>)")]
    [TemplateExample("{{ link \"click\" \"javascript:alert(1)\" }}", "click")]
    public RawMarkdown Link(string? text, string? url)
    {
        var label = MarkdownEscaper.Escape(text);
        // The address goes between <…> in the Markdown, so it must not hold those brackets or a line break.
        if (ExternalLinks.Parse(url) is null || url!.IndexOfAny(['<', '>', '\n', '\r']) >= 0)
        {
            return new RawMarkdown(label);
        }

        return new RawMarkdown($"[{label}](<{url}>)");
    }
}
