
namespace Briefings.Layout.PdfFile;

/// <summary>
/// Writes the document outline (bookmarks, ISO 32000-1 §12.3.3): entries nest by level, each entry's parent being
/// the nearest earlier entry with a smaller level, so a jump (1 → 3) nests under the level-1 entry rather than
/// failing; every item is open and jumps to its named destination.
/// </summary>
internal static class OutlineTree
{
    /// <returns>The object number of the outline root.</returns>
    /// <exception cref="ArgumentException">An entry has no title, no destination or a level below 1, or names a destination the document does not define.</exception>
    public static int Write(PdfObjectFile file, IReadOnlyList<OutlineEntry> entries, IReadOnlyDictionary<string, PdfDestination> destinations)
    {
        Validate(entries, destinations);
        var root = file.Reserve();
        var nodes = Build(entries, file);
        var topLevel = nodes.Where(node => node.Parent is null).ToList();
        file.Begin(root).Ascii("<</Type/Outlines/First ").Integer(topLevel[0].ObjectNumber).Ascii(" 0 R/Last ")
            .Integer(topLevel[^1].ObjectNumber).Ascii(" 0 R/Count ").Integer(nodes.Count).Ascii(">>");
        file.End();

        foreach (var node in nodes)
        {
            var output = file.Begin(node.ObjectNumber).Ascii("<</Title ").TextString(node.Entry.Title)
                .Ascii("/Parent ").Integer(node.Parent?.ObjectNumber ?? root).Ascii(" 0 R");
            if (node.Previous is { } previous)
            {
                output.Ascii("/Prev ").Integer(previous.ObjectNumber).Ascii(" 0 R");
            }

            if (node.Next is { } next)
            {
                output.Ascii("/Next ").Integer(next.ObjectNumber).Ascii(" 0 R");
            }

            if (node.Children.Count > 0)
            {
                output.Ascii("/First ").Integer(node.Children[0].ObjectNumber).Ascii(" 0 R/Last ").Integer(node.Children[^1].ObjectNumber)
                    .Ascii(" 0 R/Count ").Integer(node.DescendantCount);
            }

            output.Ascii("/Dest ").Name(node.Entry.DestinationName).Ascii(">>");
            file.End();
        }

        return root;
    }

    private static void Validate(IReadOnlyList<OutlineEntry> entries, IReadOnlyDictionary<string, PdfDestination> destinations)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException($"Outline entry {i} is null.", nameof(entries));
            if (entry.Title is null)
            {
                throw new ArgumentException($"Outline entry {i} has no title.", nameof(entries));
            }

            if (string.IsNullOrEmpty(entry.DestinationName))
            {
                throw new ArgumentException($"Outline entry {i} ('{entry.Title}') has no destination name.", nameof(entries));
            }

            if (entry.Level < 1)
            {
                throw new ArgumentException($"Outline entry {i} ('{entry.Title}') has level {entry.Level}; levels start at 1.", nameof(entries));
            }
        }

        // A bookmark naming a destination no page defines would be dead: an error here, not in a reader.
        var missing = entries.Where(entry => !destinations.ContainsKey(entry.DestinationName)).ToList();
        if (missing.Count > 0)
        {
            var listed = string.Join(", ", missing.Take(5).Select(entry => $"'{entry.Title}' → '{entry.DestinationName}'"));
            throw new ArgumentException(
                $"{missing.Count} outline entr{(missing.Count == 1 ? "y points" : "ies point")} at named destinations the document does not define: {listed}{(missing.Count > 5 ? ", …" : string.Empty)}.",
                nameof(entries));
        }
    }

    private static List<OutlineNode> Build(IReadOnlyList<OutlineEntry> entries, PdfObjectFile file)
    {
        var nodes = new List<OutlineNode>(entries.Count);
        var open = new Stack<OutlineNode>();
        OutlineNode? lastTopLevel = null;
        foreach (var entry in entries)
        {
            var node = new OutlineNode(entry, file.Reserve());
            while (open.Count > 0 && open.Peek().Entry.Level >= entry.Level)
            {
                open.Pop();
            }

            node.Parent = open.Count > 0 ? open.Peek() : null;
            var previous = node.Parent is { } parent ? parent.Children.LastOrDefault() : lastTopLevel;
            if (previous is not null)
            {
                previous.Next = node;
                node.Previous = previous;
            }

            if (node.Parent is null)
            {
                lastTopLevel = node;
            }
            else
            {
                node.Parent.Children.Add(node);
            }

            foreach (var ancestor in open)
            {
                ancestor.DescendantCount++;
            }

            open.Push(node);
            nodes.Add(node);
        }

        return nodes;
    }
}
