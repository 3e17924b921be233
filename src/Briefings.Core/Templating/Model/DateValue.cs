using Briefings.Core.Dates;
using Scriban.Runtime;

namespace Briefings.Core.Templating.Model;

/// <summary>
/// A fact's date as templates see it: <c>date.text</c> ("19 October 1956"), <c>date.edtf</c>,
/// <c>date.year</c>, <c>date.start</c>/<c>date.end</c> (ISO). Written as <c>{{ date }}</c> it prints its text.
/// </summary>
public sealed class DateValue : ScriptObject
{
    public DateValue(EdtfDate date)
        // No import of static members: this type has none, and looking for them reflects over the type on
        // every construction, and a template model holds one per date, citation and sourced value.
        : base(8, autoImportStaticsFromThisType: false)
    {
        Date = date;
        Text = date.Format();
        Add("edtf", date.ToString());
        Add("text", Text);
        Add("year", date.Year);
        Add("start", date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("end", date.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("approximate", date.IsApproximate);
        Add("uncertain", date.IsUncertain);
        Add("is_range", date.IsRange);
    }

    public EdtfDate Date { get; }

    /// <summary>The date as people read it, e.g. "19 October 1956".</summary>
    /// <remarks>Formatted once: it is read on every write of the date into a briefing.</remarks>
    public string Text { get; }
}
