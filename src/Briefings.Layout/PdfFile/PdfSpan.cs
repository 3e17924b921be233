namespace Briefings.Layout.PdfFile;

/// <summary>A range of bytes in a PDF file: where one token or value starts and ends (exclusive).</summary>
internal readonly record struct PdfSpan(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<byte> Of(byte[] pdf) => pdf.AsSpan(Start, Length);
}
