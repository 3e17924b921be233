using Briefings.Layout.Elements;

namespace Briefings.Layout.Documents;

/// <summary>Footnotes built beforehand, by id: for documents small enough to hold, and for tests.</summary>
public sealed class FootnoteTable(IReadOnlyDictionary<string, Element> notes) : IFootnoteSource
{
    public Element? Note(string id) => notes.GetValueOrDefault(id);

    public void Release(Element note)
    {
        // Kept: the table is the caller's, and a later rendering draws the same notes again.
    }

    public void Reset()
    {
        foreach (var note in notes.Values)
        {
            note.Reset();
        }
    }
}
