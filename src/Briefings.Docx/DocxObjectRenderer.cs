using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Docx;

/// <summary>Base of the per-node renderers, as Markdig's HTML renderer has <c>HtmlObjectRenderer&lt;T&gt;</c>.</summary>
internal abstract class DocxObjectRenderer<TObject> : MarkdownObjectRenderer<DocxRenderer, TObject>
    where TObject : MarkdownObject;
