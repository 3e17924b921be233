namespace Briefings.Layout.Elements;

/// <summary>
/// The footnotes a plan's blocks reference, gathered in order as the blocks are planned: the first block's list is
/// kept as it is, and a list of their own is made only when a second block adds more. Paging plans a page a dozen
/// times (the footnote bisection), and joining the lists block by block copied them all again for every block.
/// </summary>
internal struct GatheredFootnotes
{
    private IReadOnlyList<string>? first;
    private List<string>? all;

    public readonly IReadOnlyList<string>? Result => all ?? first;

    public void Add(IReadOnlyList<string>? more)
    {
        if (more is null || more.Count == 0)
        {
            return;
        }

        if (first is null)
        {
            first = more;
            return;
        }

        if (all is null)
        {
            all = new List<string>(first.Count + more.Count);
            Append(all, first);
        }

        Append(all, more);
    }

    private static void Append(List<string> target, IReadOnlyList<string> ids)
    {
        // Indexed: an interface enumerator is an allocation, and this runs for every block of every trial.
        for (var index = 0; index < ids.Count; index++)
        {
            target.Add(ids[index]);
        }
    }
}
