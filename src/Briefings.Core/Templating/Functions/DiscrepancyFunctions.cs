using System.Text;
using Briefings.Core.Facts;
using Briefings.Core.Templating.Model;

namespace Briefings.Core.Templating.Functions;

/// <summary>
/// Marks a value the sources disagree on, wherever a template shows it: a footnote lists every
/// competing value with its sources, and which one the analyst preferred and why.
/// </summary>
public sealed class DiscrepancyFunctions
{
    private readonly FactFunctions facts;
    private readonly CitationFunctions citations;
    private readonly FootnoteRegistry footnotes;

    internal DiscrepancyFunctions(FactFunctions facts, CitationFunctions citations, FootnoteRegistry footnotes)
    {
        this.facts = facts;
        this.citations = citations;
        this.footnotes = footnotes;
    }

    /// <summary>The value of a field, whether the facts give it plainly or as sourced alternatives.</summary>
    [TemplateFunction("value")]
    [TemplateExample("{{ value (agreement \"river-treaty-1901\").place }} {{ label (value (agreement \"river-treaty-1901\").place) }}", "ferry-point Ferry Point")]
    public object? Value(object? field) => field is SourcedValue sourced ? sourced.Value : field;

    [TemplateFunction("is_disputed")]
    [TemplateExample("{{ is_disputed (agreement \"river-treaty-1901\").place }}", "true")]
    public bool IsDisputed(object? field) => field is SourcedValue { Sourced.IsDiscrepancy: true };

    /// <summary>
    /// A footnote mark when the sources differ on the field; nothing otherwise. The note gives every version
    /// with its sources; with the style <c>"brief"</c> (for pages short of room) it names the versions only
    /// when they are short, and points to the discrepancy's number in the sources and discrepancies annex.
    /// </summary>
    [TemplateFunction("disputed")]
    [TemplateExample("Signed at {{ label (agreement \"river-treaty-1901\").place }}{{ disputed (agreement \"river-treaty-1901\").place }}", "Signed at Ferry Point[^1]")]
    [TemplateExample("Signed at {{ label (agreement \"river-treaty-1901\").place }}{{ disputed (agreement \"river-treaty-1901\").place \"brief\" }}", "Signed at Ferry Point[^1]")]
    public RawMarkdown Disputed(object? field, string? style = null)
    {
        if (field is not SourcedValue { Sourced.IsDiscrepancy: true } sourced)
        {
            return new RawMarkdown(string.Empty);
        }

        if (style is "brief")
        {
            return new RawMarkdown(footnotes.Reference(BriefNote(sourced.Sourced)));
        }

        if (style is not (null or "" or "full"))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(default, $"disputed style '{style}' is unknown: use \"full\" (the default) or \"brief\"");
        }

        var note = new StringBuilder("Sources differ: ");
        var first = true;
        string? preferred = null;
        foreach (var alternative in sourced.Sourced.Alternatives)
        {
            if (!first)
            {
                note.Append("; ");
            }

            first = false;
            var value = DisplayValue(alternative.Value);
            note.Append("**").Append(MarkdownEscaper.Escape(value)).Append("**, from ");
            note.Append(string.Join(" and ", alternative.Cite.Select(citation => citations.Note(citation).TrimEnd('.'))));
            if (alternative.Preferred)
            {
                preferred = $"Preferred: {MarkdownEscaper.Escape(value)}, because {LowerFirst(MarkdownEscaper.Escape(alternative.Reason))}";
            }
        }

        note.Append('.');
        if (preferred is not null)
        {
            note.Append(' ').Append(preferred);
            if (!preferred.EndsWith('.'))
            {
                note.Append('.');
            }
        }

        return new RawMarkdown(footnotes.Reference(note.ToString()));
    }

    private string BriefNote(ISourced sourced)
    {
        var values = sourced.Alternatives.Select(alternative => DisplayValue(alternative.Value)).Distinct().ToArray();
        var note = new StringBuilder("Sources differ");
        if (values.All(value => value.Length <= 40))
        {
            note.Append(": ").AppendJoin(" or ", values.Select(value => $"“{MarkdownEscaper.Escape(value)}”"));
            if (sourced.Alternatives.FirstOrDefault(alternative => alternative.Preferred) is { } preferred)
            {
                note.Append(", “").Append(MarkdownEscaper.Escape(DisplayValue(preferred.Value))).Append("” preferred");
            }
        }

        if (facts.DiscrepancyNumber(sourced) is { } number)
        {
            note.Append(" (discrepancy ").Append(number).Append(" of the dossier)");
        }

        return note.Append('.').ToString();
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>Ids of people, places and parties read as their names; other values as themselves.</summary>
    private string DisplayValue(object? value)
    {
        var text = value is Dates.EdtfDate date ? date.Format() : value?.ToString() ?? string.Empty;
        // A sentence's full stop would clash with the note's own punctuation ("pillars., because").
        return facts.TryNameOf(text, out var name) ? name : text.TrimEnd('.');
    }
}
