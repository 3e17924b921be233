namespace Briefings.Docx;

/// <param name="Level">Markdown heading level, 1–6.</param>
/// <param name="Identifier">Markdig's auto-identifier (or the explicit <c>{#id}</c>).</param>
/// <param name="Bookmark">The Word bookmark name the heading carries and links point at.</param>
internal sealed record HeadingEntry(int Level, string Identifier, string Bookmark, string Text);
