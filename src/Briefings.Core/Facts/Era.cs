using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>A period that groups the chronology, bounded by EDTF dates; eras are listed in order.</summary>
public sealed record Era(string Id, string Title, EdtfDate From, EdtfDate To) : FactRecord
{
    /// <summary>Whether a date starts within this era.</summary>
    public bool Contains(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.Start >= From.Start && date.Start <= To.End;
    }
}
