using System.Text;
using Briefings.Layout.Fonts;
using Briefings.Layout.Text.Bidi;

namespace Briefings.Layout.Text;

/// <summary>
/// A paragraph's spans turned into Knuth–Plass material, once, independent of the line width: words shaped
/// (font fallback per character, shaping cached, right-to-left runs shaped right to left), spaces as glue,
/// break opportunities as penalties. Everything stays in logical order; lines are reordered when they are set.
/// </summary>
internal sealed class ParagraphText
{
    private const double HyphenBreakCost = 50;

    private readonly TypesetContext context;
    private readonly string text;

    /// <summary>
    /// The spans that hold characters, and where each starts in <see cref="text"/>: a paragraph has a few spans
    /// and many characters, so the owner of a character is looked up rather than stored per character (which
    /// was a reference per character, kept as long as the document).
    /// </summary>
    private readonly TextSpan[] owners;
    private readonly int[] ownerStarts;

    /// <summary>The fragments of the box being built, reused from word to word (one allocation per paragraph, not per word).</summary>
    private readonly List<TextFragment> boxFragments = [];

    // Working buffers of the paragraph being built, kept per thread (documents are laid out in parallel, one per
    // thread): a long document builds tens of thousands of paragraphs, and only their items are kept.
    [ThreadStatic]
    private static List<BreakItem>? itemScratch;

    [ThreadStatic]
    private static bool[]? breakScratch;

    /// <summary>The space fragment made last, reused by the next space of the same span and level.</summary>
    private TextFragment? lastSpace;

    public ParagraphText(IReadOnlyList<TextSpan> spans, TypesetContext context, TextDirection direction = TextDirection.Auto)
    {
        this.context = context;

        // Carriage returns and tabs are layout noise in a briefing: a tab is a space, \r\n a single break. The text is
        // made at its length in one go: a long document has tens of thousands of paragraphs.
        var length = 0;
        var held = 0;
        for (var index = 0; index < spans.Count; index++)
        {
            var kept = KeptLength(spans[index].Text);
            length += kept;
            held += kept > 0 ? 1 : 0;
        }

        text = string.Create(length, spans, static (target, all) =>
        {
            var at = 0;
            for (var index = 0; index < all.Count; index++)
            {
                foreach (var character in all[index].Text)
                {
                    if (character != '\r')
                    {
                        target[at++] = character == '\t' ? ' ' : character;
                    }
                }
            }
        });
        owners = new TextSpan[held];
        ownerStarts = new int[held];
        for (int index = 0, owner = 0, start = 0; index < spans.Count; index++)
        {
            var kept = KeptLength(spans[index].Text);
            if (kept > 0)
            {
                owners[owner] = spans[index];
                ownerStarts[owner++] = start;
                start += kept;
            }
        }

        Bidi = BidiParagraph.Resolve(text, direction);
        FirstSpan = spans.Count > 0 ? spans[0] : null;
        Items = BuildItems();
        MinContentWidth = ComputeMinContentWidth();
        MaxContentWidth = ComputeMaxContentWidth();
    }

    public BreakItem[] Items { get; }

    /// <summary>The embedding level of every character and the paragraph's own.</summary>
    public BidiParagraph Bidi { get; }

    public TextSpan? FirstSpan { get; }

    public bool IsEmpty => text.Length == 0;

    /// <summary>The widest word: below this, words must be hyphenated.</summary>
    public double MinContentWidth { get; }

    /// <summary>The width of the longest line the text makes when it is never wrapped.</summary>
    public double MaxContentWidth { get; }

    private static int KeptLength(string spanText) => spanText.Length - spanText.AsSpan().Count('\r');

    /// <summary>A box holding text[start, end), shaped font by font.</summary>
    public BreakItem BuildBox(int start, int end)
    {
        var fragments = boxFragments;
        fragments.Clear();
        var segmentStart = start;
        FontFace? segmentFace = null;
        TextSpan? segmentSpan = null;
        for (var index = start; index < end;)
        {
            var rune = Rune.GetRuneAt(text, index);
            var span = SpanAt(index);
            var face = IsJoiner(rune.Value) && segmentFace is not null
                ? segmentFace
                : context.Resolve(span.Style.Face, rune.Value, span.Origin, span.Style.Family);
            if (index > segmentStart && (face != segmentFace || span != segmentSpan || Bidi.LevelAt(index) != Bidi.LevelAt(segmentStart)))
            {
                fragments.Add(Shape(segmentStart, index, segmentFace!));
                segmentStart = index;
            }

            if (index == segmentStart)
            {
                segmentSpan = span;
            }

            segmentFace = face;
            index += rune.Utf16SequenceLength;
        }

        if (end > segmentStart)
        {
            fragments.Add(Shape(segmentStart, end, segmentFace!));
        }

        return BreakItem.Box(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(fragments), start, end);
    }

    public TextFragment Hyphen(TextSpan span) => new(context.Shape(span.Style.Face, "-"), span);

    /// <summary>The span the character at <paramref name="index"/> comes from.</summary>
    public TextSpan SpanAt(int index)
    {
        var found = Array.BinarySearch(ownerStarts, index);
        return owners[found >= 0 ? found : ~found - 1];
    }

    private static bool IsJoiner(int codepoint) =>
        codepoint is 0x200C or 0x200D or (>= 0xFE00 and <= 0xFE0F) or (>= 0x0300 and <= 0x036F);

    private static bool IsSpecial(char character) =>
        character is '\n' or LineBreakRules.ZeroWidthSpace or LineBreakRules.SoftHyphen
        || LineBreakRules.IsBreakingSpace(character) || LineBreakRules.IsNonBreakingSpace(character);

    private TextFragment Shape(int start, int end, FontFace face)
    {
        var level = Bidi.LevelAt(start);
        return new(context.Shape(face, text.AsSpan(start, end - start), level % 2 == 1), SpanAt(start), level);
    }

    private BreakItem Space(int index, int codepoint)
    {
        var span = SpanAt(index);
        var face = span.Style.Face;
        var width = context.Shape(face, codepoint == ' ' ? " " : char.ConvertFromUtf32(codepoint)).Width(span.Style.GlyphSize);
        if (width <= 0)
        {
            width = span.Style.GlyphSize / 4;
        }

        var level = Bidi.LevelAt(index);
        if (lastSpace is not { } space || space.Span != span || space.Level != level)
        {
            // Consecutive spaces of a span share one glyph fragment: they differ only in where they are.
            space = lastSpace = new TextFragment(context.Shape(face, " "), span, level);
        }

        return BreakItem.WordSpace(width, space, index);
    }

    private BreakItem[] BuildItems()
    {
        var items = itemScratch ??= [];
        items.Clear();
        if (breakScratch is null || breakScratch.Length < text.Length)
        {
            breakScratch = new bool[Math.Max(text.Length, 1024)];
        }

        var breaksAfter = breakScratch;
        LineBreakRules.BreaksAfter(text, breaksAfter);
        var previousCharacter = -1;
        for (var index = 0; index < text.Length;)
        {
            var character = text[index];
            if (character == '\n')
            {
                TrimTrailingGlue(items);
                if (items.Count == 0 || items[^1].IsForcedBreak)
                {
                    // An empty line still needs material, or the breaker would discard it.
                    items.Add(BreakItem.Box([], index, index));
                }

                items.Add(BreakItem.FillGlue());
                items.Add(BreakItem.Penalty(-BreakItem.Infinite));
                index++;
                previousCharacter = character;
                continue;
            }

            if (LineBreakRules.IsBreakingSpace(character))
            {
                var end = index;
                while (end < text.Length && LineBreakRules.IsBreakingSpace(text[end]))
                {
                    end++;
                }

                if (items.Count > 0 && !items[^1].IsForcedBreak)
                {
                    var next = end < text.Length ? Rune.GetRuneAt(text, end).Value : -1;
                    if (LineBreakRules.ProhibitsBreakBefore(next) || LineBreakRules.ProhibitsBreakAfter(previousCharacter))
                    {
                        items.Add(BreakItem.Penalty(BreakItem.Infinite));
                    }

                    items.Add(Space(index, ' '));
                }

                previousCharacter = ' ';
                index = end;
                continue;
            }

            if (LineBreakRules.IsNonBreakingSpace(character))
            {
                items.Add(BreakItem.Penalty(BreakItem.Infinite));
                items.Add(Space(index, character));
                previousCharacter = character;
                index++;
                continue;
            }

            if (character == LineBreakRules.ZeroWidthSpace)
            {
                items.Add(BreakItem.Penalty(0));
                index++;
                continue;
            }

            if (character == LineBreakRules.SoftHyphen)
            {
                if (items.Count > 0 && items[^1].Kind == ItemKind.Box)
                {
                    items.Add(BreakItem.Penalty(HyphenBreakCost, true, Hyphen(SpanAt(index))));
                }

                index++;
                continue;
            }

            var wordEnd = index;
            do
            {
                wordEnd++;
            }
            while (wordEnd < text.Length && !breaksAfter[wordEnd - 1] && !IsSpecial(text[wordEnd]));

            items.Add(BuildBox(index, wordEnd));
            var last = text[wordEnd - 1];
            if (wordEnd < text.Length && breaksAfter[wordEnd - 1] && !IsSpecial(text[wordEnd]))
            {
                var isHyphen = last is '-' or '\u2010';
                items.Add(BreakItem.Penalty(isHyphen ? HyphenBreakCost : 0, isHyphen));
            }

            previousCharacter = char.IsLowSurrogate(last) && wordEnd >= 2 ? char.ConvertToUtf32(text[wordEnd - 2], last) : last;
            index = wordEnd;
        }

        TrimTrailingGlue(items);
        if (items.Count == 0 || items[^1].IsForcedBreak)
        {
            items.Add(BreakItem.Box([], text.Length, text.Length));
        }

        // The end of a paragraph: no break before it, then glue that fills the last line, then a forced break.
        items.Add(BreakItem.Penalty(BreakItem.Infinite));
        items.Add(BreakItem.FillGlue());
        items.Add(BreakItem.Penalty(-BreakItem.Infinite));
        return [.. items];
    }

    private static void TrimTrailingGlue(List<BreakItem> items)
    {
        while (items.Count > 0 && (items[^1].Kind == ItemKind.Glue || (items[^1].Kind == ItemKind.Penalty && !items[^1].IsForcedBreak)))
        {
            items.RemoveAt(items.Count - 1);
        }
    }

    private double ComputeMinContentWidth()
    {
        var widest = 0.0;
        foreach (var item in Items)
        {
            if (item.Kind == ItemKind.Box)
            {
                widest = Math.Max(widest, item.Width);
            }
        }

        return widest;
    }

    private double ComputeMaxContentWidth()
    {
        var widest = 0.0;
        var line = 0.0;
        foreach (var item in Items)
        {
            if (item.IsForcedBreak)
            {
                widest = Math.Max(widest, line);
                line = 0;
            }
            else if (item.Kind != ItemKind.Penalty && !item.IsFill)
            {
                line += item.Width;
            }
        }

        return Math.Max(widest, line);
    }
}
