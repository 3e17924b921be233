namespace Briefings.Core.Extraction.Text;

/// <summary>One line of an original file: where its trimmed content lies and what it looks like.</summary>
internal readonly record struct SourceLine(int Number, int ContentStart, int ContentEnd, int LineEnd, LineKind Kind, int MarkerEnd)
{
    public bool IsBlank => Kind == LineKind.Blank;

    public int Length => ContentEnd - ContentStart;
}
