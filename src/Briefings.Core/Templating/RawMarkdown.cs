namespace Briefings.Core.Templating;

/// <summary>
/// Markdown that a template function produced on purpose (a footnote reference, a link the engine
/// built). It is the only kind of value written to the output unescaped; see <see cref="MarkdownEscaper"/>.
/// </summary>
public sealed record RawMarkdown(string Markdown)
{
    public override string ToString() => Markdown;
}
