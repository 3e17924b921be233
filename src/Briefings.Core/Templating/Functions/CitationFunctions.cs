using System.Text;
using Briefings.Core.Facts;
using Briefings.Core.Templating.Model;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Core.Templating.Functions;

/// <summary>
/// Citations become footnotes in both formats: the source, where in it, and the verbatim quote. One
/// instance per render, because footnote numbers belong to one document.
/// </summary>
public sealed class CitationFunctions
{
    private readonly FactFunctions facts;
    private readonly FootnoteRegistry footnotes;

    /// <summary>Each source's title and date as a note names them: a long chronology cites the same few sources thousands of times.</summary>
    private readonly Dictionary<string, string> sourceNames = new(StringComparer.Ordinal);

    internal CitationFunctions(FactFunctions facts, FootnoteRegistry footnotes)
    {
        this.facts = facts;
        this.footnotes = footnotes;
    }

    /// <summary>
    /// Footnote marks for a list of citations (a fact's <c>cite</c>). The note quotes the passage; with the
    /// style <c>"brief"</c> it names only the source, date and line, for pages short of room (the one-page
    /// treaty summary), and citations of the same line share one note.
    /// </summary>
    [TemplateFunction("cite")]
    [TemplateExample("Signed.{{ cite (agreement \"river-treaty-1901\").cite }}", "Signed.[^1]")]
    [TemplateExample("Signed.{{ cite (agreement \"river-treaty-1901\").cite \"brief\" }}", "Signed.[^1]")]
    public RawMarkdown Cite(object? citations, string? style = null)
    {
        var brief = style switch
        {
            null or "" or "quote" => false,
            "brief" => true,
            _ => throw new ScriptRuntimeException(default, $"cite style '{style}' is unknown: use \"quote\" (the default) or \"brief\""),
        };
        var marks = new StringBuilder();
        foreach (var citation in Enumerate(citations))
        {
            marks.Append(footnotes.Reference(brief ? SourceReference(citation.Citation) + "." : Note(citation.Citation)));
        }

        return new RawMarkdown(marks.ToString());
    }

    /// <summary>
    /// The footnote text for one citation: the quote, then the source's title, date and line. Short on
    /// purpose, since a one-page summary carries a dozen of them; the sources annex gives each source in full.
    /// </summary>
    internal string Note(Citation citation) =>
        $"“{MarkdownEscaper.Escape(citation.Quote.Trim())}” — {SourceReference(citation)}.";

    /// <summary>Where a citation points: the source's title, its date and the line, e.g. <c>*Title*, 18 October 2021, line 13</c>.</summary>
    private string SourceReference(Citation citation)
    {
        var name = SourceName(citation.Source);
        return citation.Line > 0 ? $"{name}, line {citation.Line}" : name;
    }

    private string SourceName(string id)
    {
        if (!sourceNames.TryGetValue(id, out var name))
        {
            var source = facts.Source(id);
            var text = new StringBuilder("*").Append(MarkdownEscaper.Escape(source["title"]?.ToString())).Append('*');
            if (source["published"] is DateValue published)
            {
                text.Append(", ").Append(MarkdownEscaper.Escape(published.Text));
            }

            name = text.ToString();
            sourceNames.Add(id, name);
        }

        return name;
    }

    private static IEnumerable<CitationValue> Enumerate(object? citations) => citations switch
    {
        null => [],
        CitationValue single => [single],
        ScriptArray array => array.OfType<CitationValue>(),
        _ => throw new ScriptRuntimeException(default, "cite expects a list of citations, e.g. {{ cite event.cite }}"),
    };
}
