namespace Briefings.Layout.PdfFile;

/// <summary>
/// One bookmark: its visible <paramref name="Title"/>, the named destination it jumps to (defined with
/// <c>ICanvas.DefineDestination</c>), and its nesting <paramref name="Level"/> (1 = top).
/// </summary>
public sealed record OutlineEntry(string Title, string DestinationName, int Level);
