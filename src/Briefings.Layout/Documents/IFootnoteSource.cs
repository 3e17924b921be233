using Briefings.Layout.Elements;

namespace Briefings.Layout.Documents;

/// <summary>
/// The footnotes of a document, asked for by id when a page's body references them. A source may build a note when
/// it is first asked for and forget it once released: a long document then never holds all its notes at once.
/// </summary>
public interface IFootnoteSource
{
    /// <summary>The note with this id, the same element every time until it is released; null when there is none.</summary>
    Element? Note(string id);

    /// <summary>The note has been drawn to its end and will not be asked for again.</summary>
    void Release(Element note);

    /// <summary>Rewinds every note kept for a new rendering of the document.</summary>
    void Reset();
}
