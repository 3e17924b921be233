namespace Briefings.Layout.Documents;

/// <summary>
/// What is known of a document only once its last page has ended: how many pages it has and the page each named
/// destination landed on. Drawings deferred with <see cref="Drawing.ICanvas.DrawWhenComplete"/> are given it.
/// </summary>
public sealed class DocumentTotals(int pageCount, IReadOnlyDictionary<string, int> destinationPages)
{
    public int PageCount { get; } = pageCount;

    /// <summary>The page (from 1) a destination was first defined on; null when nothing defined it.</summary>
    public int? PageOf(string destination) => destinationPages.TryGetValue(destination, out var page) ? page : null;
}
