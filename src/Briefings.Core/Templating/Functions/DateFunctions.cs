using Briefings.Core.Dates;
using Briefings.Core.Templating.Model;
using Scriban.Syntax;

namespace Briefings.Core.Templating.Functions;

/// <summary>Dates with their precision: a month stays a month, a range stays a range.</summary>
public sealed class DateFunctions
{
    [TemplateFunction("format_date")]
    [TemplateExample("{{ \"1956-10-19\" | format_date }}", "19 October 1956")]
    [TemplateExample("{{ \"1956-10\" | format_date }}", "October 1956")]
    [TemplateExample("{{ \"1945-08-28/1945-09-05\" | format_date }}", "28 August – 5 September 1945")]
    public string FormatDate(object? date) => ToDate(date).Format();

    [TemplateFunction("year")]
    [TemplateExample("{{ \"2003~\" | year }}", "2003")]
    public int Year(object? date) => ToDate(date).Year;

    internal static EdtfDate ToDate(object? value) => value switch
    {
        DateValue date => date.Date,
        SourcedValue { Value: DateValue date } => date.Date,
        string text when EdtfDate.TryParse(text, out var date, out _) => date,
        string text => throw new ScriptRuntimeException(default, $"'{text}' is not a date (EDTF, e.g. 1956-10-19, 1956-10, 1956)"),
        _ => throw new ScriptRuntimeException(default, "expected a date"),
    };
}
