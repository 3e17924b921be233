using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace Briefings.Core.Markdown;

/// <summary>
/// Markdig's pipe table parser, made linear in the rows of a table. A pipe table is one paragraph whose inlines are
/// parsed in one go, and Markdig resolves emphasis only when they are all read: until then each emphasis delimiter
/// (<c>**</c>, <c>_</c>, <c>~~</c>) is an open container that everything after it, to the end of the table, nests
/// inside. A table of N rows with a bold title each is nested 2N deep, and Markdig walks that chain for every inline
/// it adds (to find the innermost open container) and for every link or footnote reference (to mark the links
/// around it inactive): quadratic, and refused past 10,240 levels (about 5,000 such rows).
/// <para>
/// So, after each cell delimiter and line end, this parser lifts what the delimiters opened since hold out of them
/// and closes them, which keeps the chain a few levels deep. The first delimiter of each character stays open, so
/// the chain always holds one of each, as Markdig's does: the parsers that look at the enclosing delimiters
/// (autolinks trim trailing emphasis characters) see the same characters, and the paragraph's top level is
/// untouched (code spans look there for cell delimiters). Before any post-processing (this parser's is the first),
/// every closed delimiter takes back, in order, what followed it: the tree Markdig's own post-processing then turns
/// into the table is the one it would have built itself.
/// </para>
/// </summary>
internal sealed class LinearPipeTableParser(LineBreakInlineParser lineBreakParser, PipeTableOptions options)
    : PipeTableParser(lineBreakParser, options), IPostInlineProcessor
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!base.Match(processor, ref slice))
        {
            return false;
        }

        // A match means the paragraph is being read as a table: Markdig keeps its state until the post-processing,
        // which is where the delimiters closed here are opened again.
        LiftOutOfDelimiters(processor.Root!);
        return true;
    }

    bool IPostInlineProcessor.PostProcess(InlineProcessor state, Inline? root, Inline? lastChild, int postInlineProcessorIndex, bool isFinalProcessing)
    {
        // Only the paragraph's own final pass: the delimiters were closed at its levels, never inside a link (whose
        // pass comes while the paragraph is read) or a cell (whose passes come from Markdig's, after this one).
        if (isFinalProcessing && root is ContainerInline paragraph && paragraph == state.Root && state.ParserStates[Index] is not null)
        {
            PutBackIntoDelimiters(paragraph);
        }

        return PostProcess(state, root, lastChild, postInlineProcessorIndex, isFinalProcessing);
    }

    /// <summary>
    /// Down the chain of open emphasis delimiters from the paragraph's top, closes each delimiter whose character an
    /// enclosing open one already has, and moves its content out after it. Stops at anything else: a link being
    /// read may still turn back into text and give its content to its parent, so nothing inside one is touched.
    /// </summary>
    private static void LiftOutOfDelimiters(ContainerInline root)
    {
        var level = root;
        while (level.LastChild is EmphasisDelimiterInline { IsClosed: false } delimiter)
        {
            if (EnclosedByDelimiterOf(delimiter.DelimiterChar, level, root))
            {
                delimiter.IsClosed = true;
                delimiter.MoveChildrenAfter(delimiter);
            }
            else
            {
                level = delimiter;
            }
        }
    }

    /// <summary>Whether an open delimiter from <paramref name="level"/> up to the top has the character: a handful at most, one per character.</summary>
    private static bool EnclosedByDelimiterOf(char character, ContainerInline level, ContainerInline root)
    {
        for (var enclosing = level; enclosing != root; enclosing = enclosing.Parent!)
        {
            if (((EmphasisDelimiterInline)enclosing).DelimiterChar == character)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives every closed emphasis delimiter, from the last to the first, what follows it at its level, and opens it
    /// again. Only this parser closes emphasis delimiters while a paragraph is read (Markdig resolves them later).
    /// </summary>
    private static void PutBackIntoDelimiters(ContainerInline root)
    {
        for (ContainerInline? level = root; level is not null;)
        {
            // The next level, found before this one changes: its delimiter may move into one of this level's.
            var next = level.LastChild is EmphasisDelimiterInline { IsClosed: false } open ? open : null;
            for (var child = level.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child is EmphasisDelimiterInline { IsClosed: true } closed)
                {
                    while (closed.NextSibling is { } following)
                    {
                        following.Remove();
                        closed.AppendChild(following);
                    }

                    closed.IsClosed = false;
                }
            }

            level = next;
        }
    }
}
