using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefings.Core.Markdown;

/// <summary>
/// Markdig's footnote parser, made linear in the number of notes. Markdig files every note definition with the
/// document's link reference group, whose <c>Set</c> first looks for it among all the group's children one by
/// one: quadratic, 4.3 s for 80,000 notes, and a long chronology has two per event. This parser lets Markdig's
/// do the work and, after each step, moves what the group holds into a list kept with the document, so the
/// group stays short; labels are still found through the group's dictionary. When the inlines are done, the
/// definitions go back into the group in the order they were filed: the tree is the one Markdig makes.
/// </summary>
internal sealed class LinearFootnoteParser : FootnoteParser
{
    private static readonly object ParkedKey = new();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var state = base.TryOpen(processor);
        if (state != BlockState.None)
        {
            // A note was opened: it was filed, so the document has its group.
            Park(processor.Document);
        }

        return state;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // A note is open, so the group exists; continuing may have opened and filed the next note.
        var state = base.TryContinue(processor, block);
        Park(processor.Document);
        return state;
    }

    private static void Park(MarkdownDocument document)
    {
        var group = document.GetLinkReferenceDefinitions(addGroup: true);
        if (group.Count == 0)
        {
            return;
        }

        if (document.GetData(ParkedKey) is not List<Block> parked)
        {
            parked = [];
            document.SetData(ParkedKey, parked);
            document.ProcessInlinesEnd += (processor, _) => Restore(processor.Document);
        }

        // Adding a child stretches the group's span: moving children in and out must leave it as Markdig set it.
        var span = group.Span;
        parked.AddRange(group);
        group.Clear();
        group.Span = span;
    }

    private static void Restore(MarkdownDocument document)
    {
        if (document.GetData(ParkedKey) is not List<Block> parked)
        {
            return;
        }

        document.RemoveData(ParkedKey);
        var group = document.GetLinkReferenceDefinitions(addGroup: true);
        var span = group.Span;
        var filedSince = group.ToArray();
        group.Clear();
        foreach (var definition in parked.Concat(filedSince))
        {
            group.Add(definition);
        }

        group.Span = span;
    }
}
