using System.Globalization;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Core.Templating.Functions;

/// <summary>Small helpers for prose.</summary>
public sealed class TextFunctions
{
    /// <summary>A count with its noun: "1 event", "41 events"; the plural is the singular + "s" unless given.</summary>
    [TemplateFunction("plural")]
    [TemplateExample("{{ 1 | plural \"event\" }}, {{ 41 | plural \"event\" }}, {{ 2 | plural \"country\" \"countries\" }}", "1 event, 41 events, 2 countries")]
    public string Plural(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : string.IsNullOrEmpty(plural) ? singular + "s" : plural);

    /// <summary>
    /// A list cut into runs of at most <paramref name="size"/> items, in order. The chronology sets each run as
    /// its own table: Markdig parses a pipe table in time quadratic in its rows and refuses one above about
    /// 5,000 rows, so a long era must not be one table.
    /// </summary>
    [TemplateFunction("in_groups_of")]
    [TemplateExample("{{ for run in ([1, 2, 3, 4, 5] | in_groups_of 2) }}({{ run | array.join \",\" }}){{ end }}", "(1,2)(3,4)(5)")]
    public ScriptArray InGroupsOf(ScriptArray? list, int size)
    {
        if (size < 1)
        {
            throw new ScriptRuntimeException(default, "in_groups_of needs a size of at least 1");
        }

        var groups = new ScriptArray();
        var items = list ?? [];
        for (var start = 0; start < items.Count; start += size)
        {
            groups.Add(new ScriptArray(items.Skip(start).Take(size)));
        }

        return groups;
    }
}
