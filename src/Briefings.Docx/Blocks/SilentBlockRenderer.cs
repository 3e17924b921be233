using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Docx.Blocks;

/// <summary>
/// Blocks that carry data rather than content: the front matter (read into DocumentInfo), link reference
/// definitions, and the footnote group (each footnote is written where it is referenced).
/// </summary>
internal sealed class SilentBlockRenderer : IMarkdownObjectRenderer
{
    public bool Accept(RendererBase renderer, Type objectType) =>
        typeof(YamlFrontMatterBlock).IsAssignableFrom(objectType)
        || typeof(LinkReferenceDefinitionGroup).IsAssignableFrom(objectType)
        || typeof(LinkReferenceDefinition).IsAssignableFrom(objectType)
        || typeof(FootnoteGroup).IsAssignableFrom(objectType);

    public void Write(RendererBase renderer, MarkdownObject objectToRender)
    {
    }
}
