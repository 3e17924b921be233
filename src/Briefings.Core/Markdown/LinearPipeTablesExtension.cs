using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Briefings.Core.Markdown;

/// <summary>
/// Puts <see cref="LinearPipeTableParser"/> where Markdig's pipe table extension put its inline parser, with the same
/// options. Added after <c>UsePipeTables</c>: extensions are set up in the order they were added.
/// </summary>
internal sealed class LinearPipeTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var markdigs = pipeline.InlineParsers.FindExact<PipeTableParser>()
            ?? throw new InvalidOperationException("add the pipe tables extension (without GFM rules) before " + nameof(LinearPipeTablesExtension));
        var lineBreaks = pipeline.InlineParsers.FindExact<LineBreakInlineParser>()
            ?? throw new InvalidOperationException("the pipeline has no line break parser for the pipe tables");
        pipeline.InlineParsers.Replace<PipeTableParser>(new LinearPipeTableParser(lineBreaks, markdigs.Options));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
