using Briefings.Core.Themes;
using Markdig.Syntax;

namespace Briefings.Core.Rendering;

/// <summary>
/// Everything a renderer needs for one output: the Markdown text, its parsed tree, the metadata from its
/// front matter and the theme. <see cref="Name"/> identifies the document in messages
/// (e.g. <c>treaty-summary/tokyo-declaration-1993</c>).
/// </summary>
public sealed record BriefingDocument(string Name, string Markdown, MarkdownDocument Syntax, DocumentInfo Info, Theme Theme);
