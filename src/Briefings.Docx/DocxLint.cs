using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx;

/// <summary>
/// Checks what <c>OpenXmlValidator</c> lets through but Word rejects or mis-renders: table cells without a
/// closing paragraph, style references to undefined styles, numbering references to missing definitions,
/// footnotes without their separators or references without their note, links to missing bookmarks or
/// relationships, and unbalanced bookmarks. Returns one message per problem; empty means clean.
/// </summary>
public static class DocxLint
{
    public static IReadOnlyList<string> Check(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var problems = new List<string>();
        using var stream = new MemoryStream(docx, writable: false);
        using var package = WordprocessingDocument.Open(stream, false);
        var main = package.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
        {
            return ["the package has no main document body"];
        }

        var styles = DefinedStyles(main, problems);
        var numbering = DefinedNumbering(main, problems);
        var footnoteIds = Footnotes(main, problems);
        var bookmarks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in body.Descendants<BookmarkStart>())
        {
            if (start.Name?.Value is { } name)
            {
                bookmarks.Add(name);
            }
        }

        if (body.LastChild is not SectionProperties)
        {
            problems.Add("document: the body does not end with its section properties");
        }

        var parts = new List<(string Name, OpenXmlPart Part, OpenXmlElement? Root)> { ("document", main, main.Document) };
        foreach (var header in main.HeaderParts)
        {
            parts.Add(($"header {header.Uri}", header, header.Header));
        }

        foreach (var footer in main.FooterParts)
        {
            parts.Add(($"footer {footer.Uri}", footer, footer.Footer));
        }

        if (main.FootnotesPart is { } footnotesPart)
        {
            parts.Add(("footnotes", footnotesPart, footnotesPart.Footnotes));
        }

        foreach (var (name, part, root) in parts)
        {
            if (root is not null)
            {
                CheckPart(name, part, root, styles, numbering, footnoteIds, bookmarks, problems);
            }
        }

        return problems;
    }

    private static void CheckPart(
        string name,
        OpenXmlPart part,
        OpenXmlElement root,
        Dictionary<string, StyleValues> styles,
        Dictionary<int, HashSet<int>> numbering,
        HashSet<long> footnoteIds,
        HashSet<string> bookmarks,
        List<string> problems)
    {
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in part.HyperlinkRelationships)
        {
            relationships.Add(relationship.Id);
        }

        var openBookmarks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in root.Descendants())
        {
            switch (element)
            {
                case TableCell cell when cell.Elements<Paragraph>().FirstOrDefault() is null || cell.LastChild is not Paragraph:
                    problems.Add($"{name}: a table cell does not end with a paragraph");
                    break;
                case ParagraphStyleId paragraphStyle:
                    CheckStyle(name, paragraphStyle.Val?.Value, StyleValues.Paragraph, styles, problems);
                    break;
                case RunStyle runStyle:
                    CheckStyle(name, runStyle.Val?.Value, StyleValues.Character, styles, problems);
                    break;
                case TableStyle tableStyle:
                    CheckStyle(name, tableStyle.Val?.Value, StyleValues.Table, styles, problems);
                    break;
                case NumberingProperties numberingProperties:
                    CheckNumbering(name, numberingProperties, numbering, problems);
                    break;
                case FootnoteReference reference when reference.Id?.Value is { } id && !footnoteIds.Contains(id):
                    problems.Add($"{name}: footnote reference {id} has no footnote");
                    break;
                case Hyperlink { Id.Value: { } id } when !relationships.Contains(id):
                    problems.Add($"{name}: hyperlink relationship '{id}' does not exist");
                    break;
                case Hyperlink { Anchor.Value: { } anchor } when !bookmarks.Contains(anchor):
                    problems.Add($"{name}: hyperlink to bookmark '{anchor}', which does not exist");
                    break;
                case BookmarkStart { Id.Value: { } id } when !openBookmarks.Add(id):
                    problems.Add($"{name}: bookmark id {id} is used twice");
                    break;
                case BookmarkEnd { Id.Value: { } id } when !openBookmarks.Remove(id):
                    problems.Add($"{name}: bookmark end {id} has no start");
                    break;
            }
        }

        foreach (var id in openBookmarks)
        {
            problems.Add($"{name}: bookmark {id} is never closed");
        }
    }

    private static void CheckStyle(string part, string? id, StyleValues type, Dictionary<string, StyleValues> styles, List<string> problems)
    {
        if (id is null)
        {
            problems.Add($"{part}: a style reference names no style");
        }
        else if (!styles.TryGetValue(id, out var defined))
        {
            problems.Add($"{part}: style '{id}' is not defined");
        }
        else if (defined != type)
        {
            problems.Add($"{part}: style '{id}' is a {Describe(defined)} style, used as a {Describe(type)} style");
        }
    }

    private static string Describe(StyleValues type) =>
        type == StyleValues.Paragraph ? "paragraph"
        : type == StyleValues.Character ? "character"
        : type == StyleValues.Table ? "table"
        : "numbering";

    private static void CheckNumbering(string part, NumberingProperties properties, Dictionary<int, HashSet<int>> numbering, List<string> problems)
    {
        var numberId = properties.NumberingId?.Val?.Value;
        var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
        if (numberId is null)
        {
            problems.Add($"{part}: numbering properties without a numbering id");
        }
        else if (numberId != 0 && !numbering.TryGetValue(numberId.Value, out var levels))
        {
            problems.Add($"{part}: numbering id {numberId} is not defined");
        }
        else if (numberId != 0 && !numbering[numberId.Value].Contains(level))
        {
            problems.Add($"{part}: numbering id {numberId} has no level {level}");
        }
    }

    private static Dictionary<string, StyleValues> DefinedStyles(MainDocumentPart main, List<string> problems)
    {
        var styles = new Dictionary<string, StyleValues>(StringComparer.Ordinal);
        if (main.StyleDefinitionsPart?.Styles is not { } root)
        {
            problems.Add("styles: the document has no styles part");
            return styles;
        }

        foreach (var style in root.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id)
            {
                problems.Add("styles: a style has no id");
                continue;
            }

            if (!styles.TryAdd(id, style.Type?.Value ?? StyleValues.Paragraph))
            {
                problems.Add($"styles: style '{id}' is defined twice");
            }
        }

        foreach (var style in root.Elements<Style>())
        {
            if (style.BasedOn?.Val?.Value is { } basedOn && !styles.ContainsKey(basedOn))
            {
                problems.Add($"styles: style '{style.StyleId}' is based on '{basedOn}', which is not defined");
            }
        }

        return styles;
    }

    /// <summary>Numbering instance id → the levels its abstract definition defines.</summary>
    private static Dictionary<int, HashSet<int>> DefinedNumbering(MainDocumentPart main, List<string> problems)
    {
        var result = new Dictionary<int, HashSet<int>>();
        if (main.NumberingDefinitionsPart?.Numbering is not { } numbering)
        {
            return result;
        }

        var abstracts = new Dictionary<int, HashSet<int>>();
        var seenInstance = false;
        foreach (var child in numbering.ChildElements)
        {
            switch (child)
            {
                case AbstractNum abstractNum:
                    if (seenInstance)
                    {
                        problems.Add($"numbering: abstractNum {abstractNum.AbstractNumberId} comes after a num (every abstractNum must come first)");
                    }

                    var levels = new HashSet<int>();
                    foreach (var level in abstractNum.Elements<Level>())
                    {
                        levels.Add(level.LevelIndex?.Value ?? 0);
                    }

                    abstracts[abstractNum.AbstractNumberId?.Value ?? -1] = levels;
                    break;
                case NumberingInstance instance:
                    seenInstance = true;
                    var abstractId = instance.AbstractNumId?.Val?.Value ?? -1;
                    if (!abstracts.TryGetValue(abstractId, out var abstractLevels))
                    {
                        problems.Add($"numbering: num {instance.NumberID} points at abstractNum {abstractId}, which is not defined before it");
                        abstractLevels = [];
                    }

                    result[instance.NumberID?.Value ?? -1] = abstractLevels;
                    break;
            }
        }

        return result;
    }

    private static HashSet<long> Footnotes(MainDocumentPart main, List<string> problems)
    {
        var ids = new HashSet<long>();
        if (main.FootnotesPart?.Footnotes is not { } footnotes)
        {
            if (main.Document?.Body?.Descendants<FootnoteReference>().Any() == true)
            {
                problems.Add("footnotes: the document references footnotes but has no footnotes part");
            }

            return ids;
        }

        var hasSeparator = false;
        var hasContinuation = false;
        foreach (var footnote in footnotes.Elements<Footnote>())
        {
            var id = footnote.Id?.Value ?? long.MinValue;
            if (!ids.Add(id))
            {
                problems.Add($"footnotes: footnote id {id} is used twice");
            }

            hasSeparator |= id == -1 && footnote.Type?.Value == FootnoteEndnoteValues.Separator;
            hasContinuation |= id == 0 && footnote.Type?.Value == FootnoteEndnoteValues.ContinuationSeparator;
            if (footnote.Type is null && !footnote.Elements<Paragraph>().Any())
            {
                problems.Add($"footnotes: footnote {id} has no paragraph");
            }
        }

        if (!hasSeparator)
        {
            problems.Add("footnotes: the separator footnote (id -1) is missing");
        }

        if (!hasContinuation)
        {
            problems.Add("footnotes: the continuation separator footnote (id 0) is missing");
        }

        return ids;
    }
}
