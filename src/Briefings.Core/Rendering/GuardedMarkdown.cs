using System.Text.RegularExpressions;
using Briefings.Core.Diagnostics;
using Briefings.Core.Markdown;
using Markdig.Syntax;

namespace Briefings.Core.Rendering;

/// <summary>
/// Parses generated Markdown with the shared pipeline, turning Markdig's own safety stop into a located error. Markdig
/// refuses input nested deeper than about 128 levels (block quotes, lists, containers) or inline content nested more
/// than 10,240 levels, by throwing an <see cref="ArgumentException"/> that would otherwise end the build as a crash.
/// A pipe table is one paragraph to Markdig: its rows no longer count towards that limit (<see cref="Markdown.LinearPipeTableParser"/>),
/// but a bracket left open in a cell still holds every cell after it, and one cell can nest emphasis too deeply.
/// That stop is also what keeps the recursive renderers from overflowing the stack (see docs/reliability.md), so it is
/// kept, not raised: the error names the table or the first line at which the nesting becomes too deep.
/// </summary>
public static partial class GuardedMarkdown
{
    public const string TableTooDeepCode = "BRF-MD-010";
    public const string TooDeepCode = "BRF-MD-011";

    /// <summary>
    /// How deep blocks and inlines may nest together. Markdig limits blocks (128) and inlines (10,240) separately,
    /// but its renderers count them together (128 in all, <c>RendererBase.MaximumNestingDepth</c>) and add
    /// levels of their own (table rows and cells, footnotes): 100 leaves them that margin.
    /// </summary>
    public const int MaximumDepth = 100;

    public static MarkdownDocument Parse(string markdown, string name)
    {
        MarkdownDocument document;
        try
        {
            document = BriefingMarkdown.Parse(markdown);
        }
        catch (ArgumentException)
        {
            throw new BriefingsException(Locate(markdown, name));
        }

        if (FirstTooDeep(document) is { } deep)
        {
            throw new BriefingsException(Diagnostic.Error(
                TooDeepCode,
                $"the Markdown nests blocks and inline formatting more than {MaximumDepth} levels inside each other here; flatten it",
                new SourceLocation(name + ".md", deep.Line + 1, deep.Column + 1)));
        }

        return document;
    }

    /// <summary>The first node nested deeper than <see cref="MaximumDepth"/>, walking without recursion (the point is to avoid deep stacks).</summary>
    private static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaximumDepth)
            {
                return node;
            }

            // Children pushed last to first, so they come off the stack in document order; indexed, because this
            // visits every node of the tree (millions in a long chronology) and an enumerator each would add up.
            switch (node)
            {
                case ContainerBlock container:
                    for (var index = container.Count - 1; index >= 0; index--)
                    {
                        pending.Push((container[index], depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline inline:
                    for (var child = inline.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return null;
    }

    private static Diagnostic Locate(string markdown, string name)
    {
        var lines = markdown.Split('\n');
        var file = name + ".md";
        var tables = Tables(lines);

        // The first table whose text makes the parse fail (found by bisection over the tables), unless the text
        // before it already fails.
        int good = -1, bad = tables.Count;
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (Parses(lines, tables[middle].LastLine))
            {
                good = middle;
            }
            else
            {
                bad = middle;
            }
        }

        var searchEnd = lines.Length;
        if (bad < tables.Count)
        {
            var table = tables[bad];
            if (Parses(lines, table.FirstLine - 1))
            {
                return Diagnostic.Error(
                    TableTooDeepCode,
                    $"a table of {table.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} rows × {table.Columns} columns nests too deeply for the Markdown parser (more than 10,240 levels): a `[` left open holds every cell after it, and emphasis nests within a cell; close the bracket or escape it as `\\[`, or split the table",
                    new SourceLocation(file, table.FirstLine, 1));
            }

            searchEnd = table.FirstLine - 1;
        }

        return Diagnostic.Error(
            TooDeepCode,
            "the Markdown is nested too deeply here (block quotes, lists, containers or emphasis more than about 100 levels inside each other); flatten it",
            new SourceLocation(file, FirstFailingLine(lines, searchEnd), 1));
    }

    /// <summary>The smallest number of leading lines (at most <paramref name="end"/>) whose Markdown Markdig refuses: the line where it goes wrong.</summary>
    private static int FirstFailingLine(string[] lines, int end)
    {
        int good = 0, bad = end;
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (Parses(lines, middle))
            {
                good = middle;
            }
            else
            {
                bad = middle;
            }
        }

        return bad;
    }

    private static bool Parses(string[] lines, int count)
    {
        try
        {
            BriefingMarkdown.Parse(string.Join('\n', lines, 0, Math.Max(0, count)));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The pipe tables in the text, in order: a row followed by a delimiter row, up to a blank line.</summary>
    private static List<PipeTableExtent> Tables(string[] lines)
    {
        var tables = new List<PipeTableExtent>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (!DelimiterRow().IsMatch(lines[i]) || !lines[i - 1].Contains('|', StringComparison.Ordinal))
            {
                continue;
            }

            var columns = lines[i].Trim().Trim('|').Split('|').Length;
            var end = i + 1;
            while (end < lines.Length && !string.IsNullOrWhiteSpace(lines[end]))
            {
                end++;
            }

            tables.Add(new PipeTableExtent(i, end, end - i, columns));
            i = end;
        }

        return tables;
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();

    /// <param name="FirstLine">1-based line of the header row.</param>
    /// <param name="LastLine">1-based line of the last row.</param>
    private readonly record struct PipeTableExtent(int FirstLine, int LastLine, int Rows, int Columns);
}
