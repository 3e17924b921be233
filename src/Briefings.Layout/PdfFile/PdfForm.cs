namespace Briefings.Layout.PdfFile;

/// <summary>A form XObject as the pages name it: its key in the resource dictionary ("D1") and its object number.</summary>
internal sealed record PdfForm(string ResourceName, int ObjectNumber);
