namespace Briefings.Layout.PdfFile;

/// <summary>One key of a parsed dictionary: the decoded key name and where its value's bytes lie.</summary>
internal readonly record struct PdfDictionaryEntry(string Key, PdfSpan Value);
