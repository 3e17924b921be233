namespace Briefings.Core.Extraction.Segmentation;

public enum SegmentKind
{
    /// <summary>A sentence of a paragraph or list item.</summary>
    Sentence,

    /// <summary>A whole heading block (titles, section headings, captions standing alone); never split.</summary>
    Heading,
}
