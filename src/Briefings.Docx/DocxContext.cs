using Briefings.Core.Diagnostics;
using Briefings.Core.Rendering;
using Markdig.Syntax;
using Briefings.Core.Themes;
using Briefings.Docx.Styling;
using Markdig.Extensions.Footnotes;

namespace Briefings.Docx;

/// <summary>
/// What every renderer working on one document shares: the theme, the numbering and heading catalogues,
/// footnotes waiting to be written, and the running ids of bookmarks and footnotes. One per render, so
/// rendering stays thread-safe.
/// </summary>
internal sealed class DocxContext
{
    private int nextBookmarkId;

    public DocxContext(BriefingDocument document)
    {
        Name = document.Name;
        Theme = document.Theme;
        Info = document.Info;
        Numbering = new NumberingCatalog(document.Theme);
        Headings = new HeadingCatalog(document.Syntax);
        ContentWidth = Units.Twips(document.Theme.Page.ContentWidth);
    }

    /// <summary>The document's name, for messages.</summary>
    public string Name { get; }

    public Theme Theme { get; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public DocumentInfo Info { get; }

    public NumberingCatalog Numbering { get; }

    public HeadingCatalog Headings { get; }

    /// <summary>Width of the text area in twips.</summary>
    public int ContentWidth { get; }

    /// <summary>Footnotes referenced from the body, in reference order; ids start at 1 (-1 and 0 are the separators).</summary>
    public List<(int Id, Footnote Note)> Footnotes { get; } = [];

    /// <summary>Set by <c>::: page-break</c>; the next body paragraph starts a new page.</summary>
    public bool PendingPageBreak { get; set; }

    public int AddFootnote(Footnote note)
    {
        var id = Footnotes.Count + 1;
        Footnotes.Add((id, note));
        return id;
    }

    public int NextBookmarkId() => nextBookmarkId++;

    public void Warn(string code, string message, MarkdownObject at) =>
        Diagnostics.Add(Diagnostic.Warning(code, message, new SourceLocation(Name, at.Line + 1, at.Column + 1)));
}
