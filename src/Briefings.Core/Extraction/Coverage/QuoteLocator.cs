using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Coverage;

/// <summary>
/// Places cited quotes in a source's normalised text: every occurrence of the quote (normalised the same way);
/// failing that, the line where the facts loader found it. The loader forgives a little more than the normalised
/// text does (dash kinds, a hyphen kept or dropped at a line end), hence the fallback.
/// </summary>
internal static class QuoteLocator
{
    public static IReadOnlyList<TextSpan> Locate(SourceText source, CitedQuote quote)
    {
        var found = source.FindAll(quote.Quote);
        if (found.Count > 0)
        {
            return found;
        }

        return source.SpanOfLine(quote.Line) is { } line ? [line] : [];
    }
}
