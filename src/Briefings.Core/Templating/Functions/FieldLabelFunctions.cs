using System.Text.RegularExpressions;

namespace Briefings.Core.Templating.Functions;

/// <summary>Field paths as readers say them, for the discrepancy annex.</summary>
public sealed partial class FieldLabelFunctions
{
    /// <summary>
    /// <c>signatories[1].person</c> → "signatory 2, person"; <c>provisions[0].text</c> → "provision 1";
    /// <c>territory.text</c> → "territory": list items by their 1-based number, a trailing <c>text</c> left out.
    /// </summary>
    [TemplateFunction("field_label")]
    [TemplateExample("{{ field_label \"signatories[1].person\" }}; {{ field_label \"provisions[0].text\" }}; {{ field_label \"territory.text\" }}; {{ field_label \"people[1]\" }}; {{ field_label \"text\" }}", "signatory 2, person; provision 1; territory; person 2; text")]
    public string FieldLabel(string path)
    {
        var segments = path.Split('.');
        if (segments.Length > 1 && segments[^1] == "text")
        {
            segments = segments[..^1];
        }

        return string.Join(", ", segments.Select(segment =>
        {
            var item = ListItem().Match(segment);
            return item.Success
                ? $"{Singular(item.Groups["list"].Value)} {int.Parse(item.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}"
                : segment.Replace('_', ' ');
        }));
    }

    private static string Singular(string plural) => plural switch
    {
        "people" => "person",
        "parties" => "party",
        "aliases" => "alias",
        _ when plural.EndsWith("ies", StringComparison.Ordinal) => plural[..^3] + "y",
        _ when plural.EndsWith('s') => plural[..^1],
        _ => plural,
    };

    [GeneratedRegex(@"^(?<list>[a-z_]+)\[(?<index>\d+)\]$")]
    private static partial Regex ListItem();
}
