namespace Briefings.Layout.Documents;

/// <summary>
/// The page each named destination landed on in the counting pass, for elements that print page numbers of
/// other parts of the document (a table of contents). Such an element must not let a number change its own
/// height: the writer counts pages once and prints the numbers of that count.
/// </summary>
public sealed class PageReferences
{
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);

    /// <summary>The page of a destination; null until a pass has placed it.</summary>
    public int? PageOf(string destination) => pages.TryGetValue(destination, out var page) ? page : null;

    /// <summary>Takes the pages of a finished pass.</summary>
    /// <returns>Whether any number changed (another pass is needed to see where things land with them).</returns>
    public bool Update(IReadOnlyDictionary<string, int> placed)
    {
        var changed = placed.Count != pages.Count;
        foreach (var (name, page) in placed)
        {
            if (!pages.TryGetValue(name, out var previous) || previous != page)
            {
                changed = true;
                pages[name] = page;
            }
        }

        foreach (var name in pages.Keys.Where(name => !placed.ContainsKey(name)).ToList())
        {
            pages.Remove(name);
        }

        return changed;
    }
}
