using System.Globalization;
using System.Text;
using static Briefings.Layout.PdfFile.PdfSyntax;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// Adds a document outline to a finished PDF as an incremental update (ISO 32000-1 §7.5.6): the original
/// bytes stay as they are; new outline objects, a new version of the catalog that points at them, a new
/// cross-reference section and a trailer chained to the old one with /Prev are appended.
/// </summary>
internal static class IncrementalOutlineWriter
{
    public static byte[] Append(byte[] pdf, IReadOnlyList<OutlineEntry> entries)
    {
        Validate(entries);
        var crossReference = PdfCrossReference.Read(pdf);
        var size = ReadSize(pdf, crossReference);
        var root = ReadRoot(pdf, crossReference);
        var catalogValue = ReadIndirectObject(pdf, crossReference.OffsetOf(root), root);
        var catalog = ReadDictionary(pdf, catalogValue.Start);
        CheckDestinationsExist(pdf, crossReference, catalog, entries);

        var outlineRoot = size;
        var nodes = BuildTree(entries, firstObjectNumber: outlineRoot + 1);
        var topLevel = nodes.Where(node => node.Parent is null).ToList();

        using var output = new MemoryStream(pdf.Length + 256 + (entries.Count * 160));
        output.Write(pdf);
        if (pdf.Length > 0 && pdf[^1] is not (byte)'\n' and not (byte)'\r')
        {
            Write(output, "\n");
        }

        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();

        offsets[outlineRoot] = (output.Position, 0);
        Write(output, $"{outlineRoot} 0 obj\n<</Type /Outlines\n/First {topLevel[0].ObjectNumber} 0 R\n/Last {topLevel[^1].ObjectNumber} 0 R\n/Count {nodes.Count}>>\nendobj\n");

        foreach (var node in nodes)
        {
            offsets[node.ObjectNumber] = (output.Position, 0);
            Write(output, ItemObject(node, outlineRoot));
        }

        offsets[root.Number] = (output.Position, root.Generation);
        Write(output, CatalogObject(pdf, root, catalog, outlineRoot));

        var crossReferenceOffset = output.Position;
        Write(output, CrossReferenceSection(offsets));
        Write(output, Trailer(pdf, crossReference, size: Math.Max(size, offsets.Keys.Max() + 1), root, crossReferenceOffset));
        return output.ToArray();
    }

    private static void Validate(IReadOnlyList<OutlineEntry> entries)
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
    }

    private static int ReadSize(byte[] pdf, PdfCrossReference crossReference)
    {
        var entry = crossReference.TrailerEntry("Size") ?? throw new PdfStructureException("The PDF's trailer has no /Size.");
        var position = entry.Value.Start;
        return ReadInteger(pdf, ref position);
    }

    private static PdfReference ReadRoot(byte[] pdf, PdfCrossReference crossReference)
    {
        var entry = crossReference.TrailerEntry("Root") ?? throw new PdfStructureException("The PDF's trailer has no /Root (catalog).");
        return TryReadReference(pdf, entry.Value, out var root)
            ? root
            : throw new PdfStructureException("The PDF's trailer /Root is not an indirect reference.");
    }

    /// <summary>
    /// Skia writes named destinations into the catalog's /Dests dictionary, keyed by name objects. A bookmark
    /// naming a destination that is not there would be dead, so that is an error here, not in a reader.
    /// </summary>
    private static void CheckDestinationsExist(byte[] pdf, PdfCrossReference crossReference, List<PdfDictionaryEntry> catalog, IReadOnlyList<OutlineEntry> entries)
    {
        var destsEntry = catalog.Cast<PdfDictionaryEntry?>().FirstOrDefault(e => e!.Value.Key == "Dests")
            ?? throw new ArgumentException(
                $"The PDF defines no named destinations (its catalog has no /Dests), so outline entries such as '{entries[0].Title}' → '{entries[0].DestinationName}' would lead nowhere. Draw them with SKCanvas.DrawNamedDestinationAnnotation.",
                nameof(entries));

        var dests = destsEntry.Value;
        if (TryReadReference(pdf, dests, out var destsReference))
        {
            dests = ReadIndirectObject(pdf, crossReference.OffsetOf(destsReference), destsReference);
        }

        var defined = ReadDictionary(pdf, dests.Start).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var missing = entries.Where(e => !defined.Contains(e.DestinationName)).ToList();
        if (missing.Count > 0)
        {
            var listed = string.Join(", ", missing.Take(5).Select(e => $"'{e.Title}' → '{e.DestinationName}'"));
            throw new ArgumentException(
                $"{missing.Count} outline entr{(missing.Count == 1 ? "y points" : "ies point")} at named destinations the PDF does not define: {listed}{(missing.Count > 5 ? ", …" : string.Empty)}.",
                nameof(entries));
        }
    }

    /// <summary>
    /// Nests entries by level: each entry's parent is the nearest earlier entry with a smaller level, so a
    /// jump (1 → 3) nests under the level-1 entry rather than failing.
    /// </summary>
    private static List<OutlineNode> BuildTree(IReadOnlyList<OutlineEntry> entries, int firstObjectNumber)
    {
        var nodes = new List<OutlineNode>(entries.Count);
        var open = new Stack<OutlineNode>();
        OutlineNode? lastTopLevel = null;
        foreach (var entry in entries)
        {
            var node = new OutlineNode(entry, firstObjectNumber + nodes.Count);
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

    private static string ItemObject(OutlineNode node, int outlineRoot)
    {
        var item = new StringBuilder();
        item.Append(CultureInfo.InvariantCulture, $"{node.ObjectNumber} 0 obj\n<</Title {PdfTextEncoding.TextString(node.Entry.Title)}\n");
        item.Append(CultureInfo.InvariantCulture, $"/Parent {node.Parent?.ObjectNumber ?? outlineRoot} 0 R\n");
        if (node.Previous is { } previous)
        {
            item.Append(CultureInfo.InvariantCulture, $"/Prev {previous.ObjectNumber} 0 R\n");
        }

        if (node.Next is { } next)
        {
            item.Append(CultureInfo.InvariantCulture, $"/Next {next.ObjectNumber} 0 R\n");
        }

        if (node.Children.Count > 0)
        {
            item.Append(CultureInfo.InvariantCulture, $"/First {node.Children[0].ObjectNumber} 0 R\n/Last {node.Children[^1].ObjectNumber} 0 R\n/Count {node.DescendantCount}\n");
        }

        item.Append(CultureInfo.InvariantCulture, $"/Dest {PdfTextEncoding.Name(node.Entry.DestinationName)}>>\nendobj\n");
        return item.ToString();
    }

    private static string CatalogObject(byte[] pdf, PdfReference root, List<PdfDictionaryEntry> catalog, int outlineRoot)
    {
        var written = new StringBuilder();
        written.Append(CultureInfo.InvariantCulture, $"{root.Number} {root.Generation} obj\n<<");
        foreach (var entry in catalog.Where(e => e.Key is not "Outlines" and not "PageMode"))
        {
            written.Append(PdfTextEncoding.Name(entry.Key)).Append(' ').Append(Encoding.Latin1.GetString(entry.Value.Of(pdf))).Append('\n');
        }

        written.Append(CultureInfo.InvariantCulture, $"/Outlines {outlineRoot} 0 R\n/PageMode /UseOutlines>>\nendobj\n");
        return written.ToString();
    }

    private static string CrossReferenceSection(SortedDictionary<int, (long Offset, int Generation)> offsets)
    {
        var section = new StringBuilder("xref\n");
        var numbers = offsets.Keys.ToList();
        for (var start = 0; start < numbers.Count;)
        {
            var end = start + 1;
            while (end < numbers.Count && numbers[end] == numbers[end - 1] + 1)
            {
                end++;
            }

            section.Append(CultureInfo.InvariantCulture, $"{numbers[start]} {end - start}\n");
            for (var i = start; i < end; i++)
            {
                var (offset, generation) = offsets[numbers[i]];

                // Exactly 20 bytes per entry, as §7.5.4 requires: "nnnnnnnnnn ggggg n" + space + LF.
                section.Append(CultureInfo.InvariantCulture, $"{offset:D10} {generation:D5} n \n");
            }

            start = end;
        }

        return section.ToString();
    }

    private static string Trailer(byte[] pdf, PdfCrossReference crossReference, int size, PdfReference root, long crossReferenceOffset)
    {
        var trailer = new StringBuilder();
        trailer.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {root}\n");
        foreach (var key in new[] { "Info", "ID" })
        {
            if (crossReference.TrailerEntry(key) is { } entry)
            {
                trailer.Append('/').Append(key).Append(' ').Append(Encoding.Latin1.GetString(entry.Value.Of(pdf))).Append('\n');
            }
        }

        trailer.Append(CultureInfo.InvariantCulture, $"/Prev {crossReference.StartOffset}>>\nstartxref\n{crossReferenceOffset}\n%%EOF\n");
        return trailer.ToString();
    }

    private static void Write(Stream output, string ascii) => output.Write(Encoding.Latin1.GetBytes(ascii));
}
