namespace Briefings.Layout.PdfFile;

/// <summary>An indirect reference, <c>12 0 R</c>.</summary>
internal readonly record struct PdfReference(int Number, int Generation)
{
    public override string ToString() => $"{Number} {Generation} R";
}
