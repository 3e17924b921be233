using System.Text;
using Briefings.Docx.Blocks;
using Briefings.Docx.Extensions;
using Briefings.Docx.Inlines;
using Briefings.Docx.Packaging;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Docx;

/// <summary>
/// Renders a Markdig tree into WordprocessingML, the Markdig way: one small object renderer per node type,
/// and this class holding the writing state — the block container paragraphs go into, the open paragraph,
/// the inline format, list nesting and keep-together requests. Text with one format is merged into one run.
/// What is finished goes out to the part after every top-level block and every table cell or footnote, so
/// the tree holds about one block at a time (see <see cref="StreamedPart"/>).
/// </summary>
internal sealed class DocxRenderer : RendererBase
{
    private readonly OpenXmlCompositeElement root;
    private readonly StreamedPart part;
    private readonly StringBuilder pendingText = new();
    private readonly Stack<Frame> frames = new();
    private Frame frame;
    private Paragraph? paragraph;
    private OpenXmlCompositeElement? inlineTarget;
    private RunFormat pendingFormat;
    private int keepDepth;
    private bool pendingFootnoteMark;

    public DocxRenderer(DocxContext context, HyperlinkRegistry links, OpenXmlCompositeElement root, StreamedPart part, string? paragraphStyle, bool inFootnote)
    {
        Context = context;
        Links = links;
        InFootnote = inFootnote;
        this.root = root;
        this.part = part;
        frame = new Frame(root, paragraphStyle, null);

        // First: the front matter is a CodeBlock to Markdig, and must not reach the code block renderer.
        ObjectRenderers.Add(new SilentBlockRenderer());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new CustomContainerRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());

        // Last, so they only catch nodes nothing above handles: unknown nodes show their text, never vanish.
        ObjectRenderers.Add(new FallbackBlockRenderer());
        ObjectRenderers.Add(new FallbackInlineRenderer());
    }

    public DocxContext Context { get; }

    /// <summary>Hyperlink relationships of the part being written (document or footnotes).</summary>
    public HyperlinkRegistry Links { get; }

    public bool InFootnote { get; }

    /// <summary>The inline format applied to text written now; renderers set it and restore it.</summary>
    public RunFormat Format { get; set; }

    /// <summary>The style of a plain paragraph in the current container (null: Normal).</summary>
    public string? ParagraphStyle
    {
        get => frame.ParagraphStyle;
        set => frame.ParagraphStyle = value;
    }

    /// <summary>Column alignment applied to paragraphs while a table cell is written.</summary>
    public JustificationValues? Alignment
    {
        get => frame.Alignment;
        set => frame.Alignment = value;
    }

    public int ListDepth => frame.Lists.Count;

    public Paragraph? LastParagraph { get; private set; }

    public OpenXmlCompositeElement Container => frame.Container;

    public override object Render(MarkdownObject markdownObject)
    {
        if (markdownObject is MarkdownDocument document)
        {
            foreach (var block in document)
            {
                Write(block);
                Release();
            }
        }
        else
        {
            Write(markdownObject);
        }

        EndParagraph();
        return root;
    }

    public ContainerScope EnterContainer(OpenXmlCompositeElement container, string? paragraphStyle, JustificationValues? alignment = null)
    {
        EndParagraph();
        frames.Push(frame);
        frame = new Frame(container, paragraphStyle, alignment);
        return new ContainerScope(this);
    }

    /// <summary>Writes into one footnote; its first paragraph opens with the note's number.</summary>
    public ContainerScope EnterFootnote(DocumentFormat.OpenXml.Wordprocessing.Footnote footnote)
    {
        var scope = EnterContainer(footnote, StyleIds.FootnoteText);
        pendingFootnoteMark = true;
        return scope;
    }

    public void ExitContainer()
    {
        if (pendingFootnoteMark)
        {
            BeginParagraph();
        }

        EndParagraph();
        if (frame.Container.LastChild is not Paragraph)
        {
            // Word requires a cell (and a note) to end with a paragraph, even when it is empty.
            BeginParagraph();
            EndParagraph();
        }

        frame = frames.Pop();
        Release();
    }

    public Paragraph BeginParagraph(string? style = null)
    {
        EndParagraph();
        var properties = new ParagraphProperties();
        var styleId = style ?? frame.ParagraphStyle;
        var lists = frame.Lists;
        if (lists.Count > 0)
        {
            var level = NumberingCatalog.ClampLevel(lists.Count - 1);
            if (frame.ListItemPending)
            {
                frame.ListItemPending = false;
                styleId = style ?? StyleIds.ListParagraph;
                properties.NumberingProperties = new NumberingProperties(
                    new NumberingLevelReference { Val = level },
                    new NumberingId { Val = lists[^1] });
            }
            else if (style is null)
            {
                styleId = StyleIds.ListContinueAt(level);
            }
        }

        if (styleId is not null && styleId != StyleIds.Normal)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = styleId };
        }

        if (keepDepth > 0)
        {
            properties.KeepNext = new KeepNext();
            properties.KeepLines = new KeepLines();
        }

        if (Context.PendingPageBreak && frame.Container is Body)
        {
            Context.PendingPageBreak = false;
            properties.PageBreakBefore = new PageBreakBefore();
        }

        if (frame.SpaceBeforePending)
        {
            frame.SpaceBeforePending = false;
            if (styleId is null || !styleId.StartsWith("Heading", StringComparison.Ordinal))
            {
                properties.SpacingBetweenLines = new SpacingBetweenLines { Before = Units.TwipsText(Context.Theme.Spacing.ParagraphAfter) };
            }
        }

        if (frame.Alignment is { } alignment)
        {
            properties.Justification = new Justification { Val = alignment };
        }

        paragraph = properties.HasChildren ? new Paragraph(properties) : new Paragraph();
        frame.Container.Append(paragraph);
        LastParagraph = paragraph;
        inlineTarget = paragraph;

        if (pendingFootnoteMark)
        {
            pendingFootnoteMark = false;
            paragraph.Append(
                new Run(new RunProperties { RunStyle = new RunStyle { Val = StyleIds.FootnoteReference } }, new FootnoteReferenceMark()),
                new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    public void WriteLeafInline(LeafBlock leaf)
    {
        if (leaf.Inline is { } inline)
        {
            WriteChildren(inline);
        }
    }

    public void EndParagraph()
    {
        if (paragraph is null)
        {
            return;
        }

        FlushText();
        paragraph = null;
        inlineTarget = null;
    }

    public void WriteText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (inlineTarget is null)
        {
            BeginParagraph();
        }

        if (pendingText.Length > 0 && pendingFormat != Format)
        {
            FlushText();
        }

        pendingFormat = Format;
        TextSanitizer.Append(pendingText, text);
    }

    /// <summary>Appends a run holding <paramref name="content"/> (a break, tab, field character, note reference).</summary>
    public void WriteRun(OpenXmlElement content, RunProperties? properties)
    {
        FlushOrOpen();
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(content);
        inlineTarget!.Append(run);
    }

    public void WriteRun(OpenXmlElement content) => WriteRun(content, RunProperties(Format));

    /// <summary>Appends an inline element that is not a run (bookmark start or end).</summary>
    public void WriteInlineElement(OpenXmlElement element)
    {
        FlushOrOpen();
        inlineTarget!.Append(element);
    }

    public void BeginHyperlink(Hyperlink hyperlink)
    {
        FlushOrOpen();
        inlineTarget!.Append(hyperlink);
        inlineTarget = hyperlink;
    }

    public void EndHyperlink()
    {
        FlushText();
        inlineTarget = paragraph;
    }

    /// <summary>Adds a table (or other block element) to the current container.</summary>
    public void WriteBlock(OpenXmlElement block)
    {
        EndParagraph();
        if (block is Table)
        {
            if (Context.PendingPageBreak && frame.Container is Body)
            {
                Context.PendingPageBreak = false;
                frame.Container.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            }
            else if (frame.Container.LastChild is Table)
            {
                // Word merges adjacent tables into one; a paragraph keeps them apart.
                frame.Container.Append(new Paragraph());
            }
        }

        frame.Container.Append(block);
        if (block is Table)
        {
            frame.SpaceBeforePending = true;
        }
    }

    public void BeginList(int numberId)
    {
        EndParagraph();
        frame.Lists.Add(numberId);
    }

    public void EndList()
    {
        EndParagraph();
        frame.Lists.RemoveAt(frame.Lists.Count - 1);
        frame.ListItemPending = false;
    }

    public void BeginListItem()
    {
        EndParagraph();
        frame.ListItemPending = true;
    }

    public void EndListItem()
    {
        if (frame.ListItemPending)
        {
            // An empty item still shows its bullet or number.
            BeginParagraph();
        }

        EndParagraph();
    }

    public void BeginKeep()
    {
        EndParagraph();
        keepDepth++;
    }

    /// <summary>Ends a keep-together block: its last paragraph no longer binds to what follows.</summary>
    public void EndKeep()
    {
        EndParagraph();
        keepDepth--;
        if (keepDepth == 0 && LastParagraph?.ParagraphProperties is { } properties)
        {
            properties.KeepNext = null;
        }
    }

    /// <summary>Writes out what is finished; the newest paragraph stays, since keep and list ends still change it.</summary>
    private void Release() => part.Release(LastParagraph);

    private void FlushOrOpen()
    {
        if (inlineTarget is null)
        {
            BeginParagraph();
        }
        else
        {
            FlushText();
        }
    }

    private void FlushText()
    {
        if (pendingText.Length == 0)
        {
            return;
        }

        var value = pendingText.ToString();
        pendingText.Clear();
        var run = new Run();
        if (RunProperties(pendingFormat) is { } properties)
        {
            run.Append(properties);
        }

        var text = new Text(value);
        if (value[0] == ' ' || value[^1] == ' ' || value.Contains("  ", StringComparison.Ordinal))
        {
            text.Space = SpaceProcessingModeValues.Preserve;
        }

        run.Append(text);
        inlineTarget!.Append(run);
    }

    private RunProperties? RunProperties(RunFormat format)
    {
        if (format == RunFormat.None)
        {
            return null;
        }

        var properties = new RunProperties();
        if ((format & RunFormat.Link) != 0)
        {
            properties.RunStyle = new RunStyle { Val = StyleIds.Hyperlink };
            if ((format & RunFormat.Code) != 0)
            {
                properties.RunFonts = StyleSheet.Fonts(Context.Theme.Fonts.Mono.DocxName);
            }
        }
        else if ((format & RunFormat.Code) != 0)
        {
            properties.RunStyle = new RunStyle { Val = StyleIds.VerbatimChar };
        }

        if ((format & RunFormat.Bold) != 0)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if ((format & RunFormat.Italic) != 0)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        if ((format & RunFormat.Strikethrough) != 0)
        {
            properties.Strike = new Strike();
        }

        if ((format & RunFormat.Superscript) != 0)
        {
            properties.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
        }

        return properties;
    }

    /// <summary>The writing state of one block container (document body, table cell, callout, footnote).</summary>
    private sealed class Frame(OpenXmlCompositeElement container, string? paragraphStyle, JustificationValues? alignment)
    {
        public OpenXmlCompositeElement Container { get; } = container;

        public string? ParagraphStyle { get; set; } = paragraphStyle;

        public JustificationValues? Alignment { get; set; } = alignment;

        /// <summary>Numbering instance ids of the open lists, outermost first.</summary>
        public List<int> Lists { get; } = [];

        /// <summary>The next paragraph is the first of a list item and carries its number.</summary>
        public bool ListItemPending { get; set; }

        /// <summary>A table was just written: the next paragraph needs air above it.</summary>
        public bool SpaceBeforePending { get; set; }
    }
}
