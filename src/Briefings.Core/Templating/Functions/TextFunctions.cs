using System.Globalization;

namespace Briefings.Core.Templating.Functions;

/// <summary>Small helpers for prose.</summary>
public sealed class TextFunctions
{
    /// <summary>A count with its noun: "1 event", "41 events"; the plural is the singular + "s" unless given.</summary>
    [TemplateFunction("plural")]
    [TemplateExample("{{ 1 | plural \"event\" }}, {{ 41 | plural \"event\" }}, {{ 2 | plural \"country\" \"countries\" }}", "1 event, 41 events, 2 countries")]
    public string Plural(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : string.IsNullOrEmpty(plural) ? singular + "s" : plural);
}
