namespace Briefings.Core.Diagnostics;

/// <summary>A position in an input file, 1-based, printed the way compilers do: <c>file:line:column</c>.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
