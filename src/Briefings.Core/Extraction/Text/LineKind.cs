namespace Briefings.Core.Extraction.Text;

internal enum LineKind
{
    Blank,
    Text,
    MarkdownHeading,
    Bullet,
    NumberedHeading,
}
