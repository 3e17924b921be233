using Briefings.Core.Dates;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>
/// What the recogniser knows while it reads a document in order, for completing dates that leave the year out.
/// The rule for a month and day without a year ("January 22", "between August 28 and September 5"), first that
/// applies:
/// <list type="number">
/// <item>the last year stated earlier in the same paragraph (a narrative about 1945 stays in 1945);</item>
/// <item>the document's own date, when it states one: the latest such day not after it ("January 22" in a column
/// dated 2019-01-23 is 2019-01-22);</item>
/// <item>the last year stated anywhere earlier in the document;</item>
/// <item>otherwise the mention is not reported as a date.</item>
/// </list>
/// The document's date takes precedence over the preceding paragraph year only in the brief's wording; in the sources
/// a paragraph about 1945 ("on August 9") inside a 2019 column shows why the paragraph comes first.
/// A weekday ("published on Tuesday") is the latest such day on or before the document's date, and only with one.
/// "The last century" counts back from the document's date, else from the last stated year.
/// </summary>
public sealed class DateContext
{
    public DateContext(EdtfDate? documentDate = null)
    {
        DocumentDate = documentDate;
    }

    /// <summary>The date the document states for itself (a dateline), at day precision, if any.</summary>
    public EdtfDate? DocumentDate { get; }

    /// <summary>The last year stated in the current paragraph so far.</summary>
    public int? ParagraphYear { get; set; }

    /// <summary>The last year stated anywhere in the document so far.</summary>
    public int? PrecedingYear { get; set; }

    /// <summary>Call at each new paragraph: the paragraph year is forgotten, the document's is kept.</summary>
    public void BeginParagraph() => ParagraphYear = null;

    internal void Saw(int year)
    {
        ParagraphYear = year;
        PrecedingYear = year;
    }
}
