namespace Briefings.Layout.PdfFile;

/// <summary>An outline entry placed in the tree, with the object number it will be written as.</summary>
internal sealed class OutlineNode(OutlineEntry entry, int objectNumber)
{
    public OutlineEntry Entry { get; } = entry;

    public int ObjectNumber { get; } = objectNumber;

    /// <summary>The enclosing entry, or null for a top-level entry (whose parent is the outline root).</summary>
    public OutlineNode? Parent { get; set; }

    public OutlineNode? Previous { get; set; }

    public OutlineNode? Next { get; set; }

    public List<OutlineNode> Children { get; } = [];

    /// <summary>Every descendant, since all items are written open: what /Count must say.</summary>
    public int DescendantCount { get; set; }
}
