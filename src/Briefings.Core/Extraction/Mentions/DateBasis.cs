namespace Briefings.Core.Extraction.Mentions;

/// <summary>Where the year of a date mention came from.</summary>
public enum DateBasis
{
    /// <summary>The text states the year ("October 1956", "in 1956", "the 2010s").</summary>
    Stated,

    /// <summary>Inferred from the last year stated earlier in the same paragraph ("… August 8, 1945 … on August 9").</summary>
    ParagraphYear,

    /// <summary>Inferred from the document's own date ("January 22" in a column dated 2019-01-23; "on Tuesday").</summary>
    DocumentDate,

    /// <summary>Inferred from the last year stated anywhere earlier in the document.</summary>
    PrecedingYear,
}
