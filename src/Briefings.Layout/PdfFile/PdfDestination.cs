namespace Briefings.Layout.PdfFile;

/// <summary>A named destination: the page object it is on and the point, in PDF's y-up page space.</summary>
internal readonly record struct PdfDestination(int PageObject, double X, double Y);
