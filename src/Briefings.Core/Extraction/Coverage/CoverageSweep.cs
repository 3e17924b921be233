using Briefings.Core.Diagnostics;
using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Coverage;

/// <summary>
/// Answers "which citations overlap this span?" for spans asked in ascending order, in one pass over the quote spans
/// sorted by start, so coverage stays linear however many statements and citations there are.
/// </summary>
internal sealed class CoverageSweep
{
    private readonly (TextSpan Span, SourceLocation Citation)[] _quotes;
    private readonly List<(TextSpan Span, SourceLocation Citation)> _active = [];
    private int _next;

    public CoverageSweep(IEnumerable<(TextSpan Span, SourceLocation Citation)> quotes)
    {
        _quotes = [.. quotes.OrderBy(q => q.Span.Start).ThenBy(q => q.Span.End)];
    }

    /// <summary>The citations overlapping <paramref name="span"/>, in the order they appear in the facts; call with ascending spans.</summary>
    public IReadOnlyList<SourceLocation> Overlapping(TextSpan span)
    {
        while (_next < _quotes.Length && _quotes[_next].Span.Start < span.End)
        {
            _active.Add(_quotes[_next++]);
        }

        _active.RemoveAll(q => q.Span.End <= span.Start);
        return [.. _active
            .Where(q => q.Span.Overlaps(span))
            .Select(q => q.Citation)
            .Distinct()
            .OrderBy(c => c.File, StringComparer.Ordinal)
            .ThenBy(c => c.Line)
            .ThenBy(c => c.Column)];
    }
}
