namespace Briefings.Core.Extraction.Text;

/// <summary>A half-open range <c>[Start, End)</c> of characters in a normalised text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(int index) => index >= Start && index < End;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public override string ToString() => $"[{Start}..{End})";
}
