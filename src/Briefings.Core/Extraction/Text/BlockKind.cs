namespace Briefings.Core.Extraction.Text;

/// <summary>What a block of a source is; headings stand alone and are never split into sentences.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
}
