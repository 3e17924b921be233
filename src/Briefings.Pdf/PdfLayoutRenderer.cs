using Briefings.Core.Markdown;
using Briefings.Layout.Elements;
using Briefings.Layout.Text;
using Briefings.Pdf.Blocks;
using Briefings.Pdf.Extensions;
using Briefings.Pdf.Inlines;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Pdf;

/// <summary>
/// Turns a Markdig tree into layout elements, the Markdig way: one small renderer per node type. Blocks are
/// collected into nested columns; inline renderers write styled spans into the paragraph being built. Unknown
/// nodes still render their text. A document's body is made one top-level block at a time as paging asks for it
/// (<see cref="Blocks"/>), its notes when a page references them (<see cref="Extensions.FootnoteNotes"/>). One
/// instance per document (not thread-safe).
/// </summary>
public sealed class PdfLayoutRenderer : RendererBase
{
    private readonly Stack<List<ColumnItem>> blocks = new();
    private readonly Stack<BlockContext> contexts = new();
    private readonly Stack<InlineCollector> inlines = new();

    public PdfLayoutRenderer(BriefingStyles styles, TypesetContext typesetting, string markdown, string? title)
    {
        Styles = styles;
        Typesetting = typesetting;
        Markdown = markdown;
        Title = title;
        contexts.Push(new BlockContext(styles.BodyText, new ParagraphStyle(TextAlignment.Justify, styles.LineHeight), styles.Theme.Spacing.ParagraphAfter));

        ObjectRenderers.Add(new YamlFrontMatterRenderer());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new CustomContainerRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionGroupRenderer());
        ObjectRenderers.Add(new LeafBlockFallbackRenderer());

        ObjectRenderers.Add(new LiteralRenderer());
        ObjectRenderers.Add(new EmphasisRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
        ObjectRenderers.Add(new LinkRenderer());
        ObjectRenderers.Add(new AutolinkRenderer());
        ObjectRenderers.Add(new LineBreakRenderer());
        ObjectRenderers.Add(new HtmlEntityRenderer());
        ObjectRenderers.Add(new LeafInlineFallbackRenderer());
    }

    public BriefingStyles Styles { get; }

    public TypesetContext Typesetting { get; }

    /// <summary>The Markdown source, for rendering the text of nodes no renderer knows.</summary>
    public string Markdown { get; }

    /// <summary>The briefing title: a first-level heading repeating it is left to the title block.</summary>
    public string? Title { get; }

    public bool TitleHeadingSeen { get; set; }

    public BlockContext Context => contexts.Peek();

    public InlineCollector Inline => inlines.Count > 0 ? inlines.Peek() : throw new InvalidOperationException("inline outside a paragraph");

    /// <summary>The footnotes referenced so far, by order: the first reference is where a note links back to.</summary>
    public HashSet<int> ReferencedFootnotes { get; } = [];

    public int ListDepth { get; set; }

    /// <summary>Whether the block just added is a heading (a one-line standfirst under it stays with what follows).</summary>
    public bool AfterHeading { get; private set; }

    public override object Render(MarkdownObject markdownObject)
    {
        PushBlocks();
        Write(markdownObject);
        return PopBlocks();
    }

    /// <summary>
    /// The body's blocks, each top-level block of <paramref name="document"/> made when the enumeration reaches it.
    /// The notes are not among them: they are the pager's.
    /// </summary>
    public IEnumerable<ColumnItem> Blocks(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is FootnoteGroup)
            {
                continue;
            }

            PushBlocks();
            Write(block);
            foreach (var item in blocks.Pop())
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The blocks of a note, in the note style. Notes are made between body blocks, as paging reaches their
    /// references, so what the body's blocks read of the block before them (a heading just added, the title seen)
    /// is left as the body left it.
    /// </summary>
    public ColumnElement NoteContent(Footnote footnote)
    {
        var afterHeading = AfterHeading;
        var titleHeadingSeen = TitleHeadingSeen;
        PushContext(new BlockContext(Styles.FootnoteText, new ParagraphStyle(TextAlignment.Left, 1.2, 1, 1), 2));
        PushBlocks();
        WriteChildren(footnote);
        var content = PopBlocks();
        PopContext();
        AfterHeading = afterHeading;
        TitleHeadingSeen = titleHeadingSeen;
        return content;
    }

    public void PushBlocks() => blocks.Push([]);

    public ColumnElement PopBlocks() => new(blocks.Pop());

    public void Add(Element element, double spaceBefore, double spaceAfter, bool keepWithNext = false)
    {
        blocks.Peek().Add(new ColumnItem(element, spaceBefore, spaceAfter, keepWithNext));
        AfterHeading = keepWithNext;
    }

    /// <summary>Adds a block, kept on one page when the Markdown asks with <c>{.keep}</c>.</summary>
    public void AddBlock(Block block, Element element, double spaceBefore, double spaceAfter, bool keepWithNext = false) =>
        Add(IsKeep(block) ? new KeepTogetherElement(element) : element, spaceBefore, spaceAfter, keepWithNext);

    public void PushContext(BlockContext context) => contexts.Push(context);

    public void PopContext() => contexts.Pop();

    /// <summary>Renders inline content into spans in the given style.</summary>
    public IReadOnlyList<TextSpan> CollectInlines(ContainerInline? inline, TextStyle style) => CollectInlines(style, () =>
    {
        if (inline is not null)
        {
            WriteChildren(inline);
        }
    });

    public IReadOnlyList<TextSpan> CollectInlines(TextStyle style, Action write)
    {
        inlines.Push(new InlineCollector(Styles, style));
        try
        {
            write();
            return inlines.Peek().Spans;
        }
        finally
        {
            inlines.Pop();
        }
    }

    public ParagraphElement Paragraph(IReadOnlyList<TextSpan> spans, ParagraphStyle? style = null) =>
        new(spans, style ?? Context.Paragraph, Typesetting);

    public static TextOrigin Origin(MarkdownObject node) => new(node.Line + 1, node.Column + 1);

    /// <summary>The source text of a node, for nodes no renderer knows: their text is shown, never dropped.</summary>
    public string SourceText(MarkdownObject node) =>
        node.Span.Start >= 0 && node.Span.End < Markdown.Length && node.Span.Length > 0
            ? Markdown.Substring(node.Span.Start, node.Span.Length)
            : string.Empty;

    private static bool IsKeep(Block block) =>
        Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(block)?.Classes?.Contains(ContainerKinds.KeepClass) == true;
}
