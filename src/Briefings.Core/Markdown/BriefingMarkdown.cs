using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefings.Core.Markdown;

/// <summary>
/// The one Markdown dialect of Briefings. Templates write it; the PDF and DOCX renderers read the
/// same tree, so whatever a template can say both formats must show (see docs/markdown-dialect.md).
/// Built once: a Markdig pipeline is immutable and thread-safe.
/// </summary>
public static class BriefingMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = CreatePipeline(linearFootnotes: true, linearTables: true);

    /// <summary>Parses Markdown of the dialect. Use this rather than Markdig directly: it keeps adjacent footnote references.</summary>
    public static MarkdownDocument Parse(string markdown) =>
        Markdig.Markdown.Parse(AdjacentFootnoteReferences.Separate(markdown), Pipeline);

    /// <summary>
    /// The pipeline; without <paramref name="linearFootnotes"/> or <paramref name="linearTables"/>, with Markdig's own
    /// footnote or pipe table parser (for the tests that compare trees, and the benchmarks).
    /// </summary>
    internal static MarkdownPipeline CreatePipeline(bool linearFootnotes, bool linearTables)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
            .UseFootnotes()
            .UseCustomContainers()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        // Raw HTML is text in a briefing: neither renderer is a browser, and a fact must never inject markup.
            .DisableHtml()
        // Must come last: attributes attach to whatever the other extensions produced.
            .UseGenericAttributes();
        if (linearFootnotes)
        {
            // Right after the footnotes, so the extensions after them see the pipeline they would have seen.
            builder.Extensions.InsertAfter<FootnoteExtension>(new LinearFootnotesExtension());
        }

        if (linearTables)
        {
            builder.Extensions.InsertAfter<PipeTableExtension>(new LinearPipeTablesExtension());
        }

        builder.DocumentProcessed += AdjacentFootnoteReferences.RemoveJoiners;
        var pipeline = builder.Build();

        // The table parser hands Markdig's post-processors the tree they expect only if it goes first.
        if (linearTables && builder.InlineParsers.OfType<IPostInlineProcessor>().FirstOrDefault() is not LinearPipeTableParser)
        {
            throw new InvalidOperationException(nameof(LinearPipeTableParser) + " must be the first inline post-processor: it restores the emphasis delimiters the others read");
        }

        return pipeline;
    }
}
