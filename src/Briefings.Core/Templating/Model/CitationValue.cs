using Briefings.Core.Facts;
using Scriban.Runtime;

namespace Briefings.Core.Templating.Model;

/// <summary>One citation as templates see it: <c>source</c> (id), <c>quote</c>, <c>line</c>.</summary>
public sealed class CitationValue : ScriptObject
{
    public CitationValue(Citation citation)
        // No import of static members: this type has none, and looking for them reflects over the type on
        // every construction, and a template model holds one per date, citation and sourced value.
        : base(3, autoImportStaticsFromThisType: false)
    {
        Citation = citation;
        Add("source", citation.Source);
        Add("quote", citation.Quote);
        Add("line", citation.Line);
    }

    public Citation Citation { get; }
}
