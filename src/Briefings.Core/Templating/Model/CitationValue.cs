using Briefings.Core.Facts;
using Scriban.Runtime;

namespace Briefings.Core.Templating.Model;

/// <summary>One citation as templates see it: <c>source</c> (id), <c>quote</c>, <c>line</c>.</summary>
public sealed class CitationValue : ScriptObject
{
    public CitationValue(Citation citation)
    {
        Citation = citation;
        Add("source", citation.Source);
        Add("quote", citation.Quote);
        Add("line", citation.Line);
    }

    public Citation Citation { get; }
}
