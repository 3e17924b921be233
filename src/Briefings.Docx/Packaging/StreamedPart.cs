using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Packaging;

/// <summary>
/// Writes one part's XML through <see cref="OpenXmlWriter"/> while its tree is still being built, so that a
/// long document never exists whole. At each <see cref="Release"/> every element the renderer is done with
/// goes out and leaves the tree. The renderer appends only to the last child of a container, at any depth
/// (the body, the table being written, its last row, that row's last cell), and changes only its newest
/// paragraph once written (a keep-together block's end, a list's spacing, a callout's last paragraph):
/// so an element is done once it has a younger sibling and holds no paragraph that may still change.
/// The last child of every open container stays, because the renderer looks at it (adjacent tables are
/// kept apart, a cell must end with a paragraph), and a paragraph is never opened, because its properties,
/// its first child, may change after its runs.
/// </summary>
internal sealed class StreamedPart : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly OpenXmlWriter writer;

    /// <summary>Elements whose start tag is written and whose end tag is not, outermost first.</summary>
    private readonly List<OpenXmlElement> open = [];

    /// <param name="stream">The part's stream, left open.</param>
    /// <param name="root">The part's root, with its namespace declarations.</param>
    public StreamedPart(Stream stream, OpenXmlElement root)
    {
        writer = OpenXmlWriter.Create(stream, Utf8);
        writer.WriteStartDocument();
        writer.WriteStartElement(root, root.GetAttributes(), root.NamespaceDeclarations);
        open.Add(root);
        Release(null);
    }

    /// <summary>Writes out and removes every element that is done, keeping <paramref name="changing"/> (and what holds it).</summary>
    public void Release(OpenXmlElement? changing)
    {
        // A container that is no longer its parent's last child is done: finish it, innermost first.
        var current = 1;
        while (current < open.Count && ReferenceEquals(open[current - 1].LastChild, open[current]))
        {
            current++;
        }

        while (open.Count > current)
        {
            if (!WriteChildren(open[^1], keepLast: false, changing))
            {
                return;
            }

            Close();
        }

        var container = open[^1];
        while (WriteChildren(container, keepLast: true, changing) && container.LastChild is { } last && IsBlockContainer(last))
        {
            writer.WriteStartElement(last);
            open.Add(last);
            container = last;
        }
    }

    /// <summary>Writes everything still in the tree and closes the root.</summary>
    public void Complete()
    {
        while (open.Count > 0)
        {
            WriteChildren(open[^1], keepLast: false, changing: null);
            Close();
        }

        writer.Close();
    }

    public void Dispose() => writer.Dispose();

    /// <summary>Block containers, which can hold a document's worth of content; never a paragraph.</summary>
    private static bool IsBlockContainer(OpenXmlElement element) =>
        element is Body or Table or TableRow or TableCell or Footnote;

    private static bool Holds(OpenXmlElement element, OpenXmlElement? changing)
    {
        for (var ancestor = changing; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ReferenceEquals(ancestor, element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the container's children in order; false when it stopped at one that may still change.</summary>
    private bool WriteChildren(OpenXmlElement container, bool keepLast, OpenXmlElement? changing)
    {
        while (container.FirstChild is { } child && !(keepLast && ReferenceEquals(child, container.LastChild)))
        {
            if (Holds(child, changing))
            {
                return false;
            }

            writer.WriteElement(child);
            child.Remove();
        }

        return true;
    }

    /// <summary>Ends the innermost open element and drops it from its parent, all of whose earlier children are written.</summary>
    private void Close()
    {
        var element = open[^1];
        open.RemoveAt(open.Count - 1);
        writer.WriteEndElement();
        if (element.Parent is not null)
        {
            element.Remove();
        }
    }
}
