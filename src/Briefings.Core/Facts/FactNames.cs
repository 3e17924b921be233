using System.Text;

namespace Briefings.Core.Facts;

/// <summary>How facts are named in YAML keys and in messages, in one place so the loader, checker and schema agree.</summary>
public static class FactNames
{
    /// <summary><c>ShortName</c> → <c>short_name</c>: the YAML key (and template name) of a model property.</summary>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The noun for one item of a record type in messages: <c>Agreement</c> → "agreement".</summary>
    public static string KindOf(Type recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        return SnakeCase(recordType.Name).Replace('_', ' ');
    }

    /// <summary>"event 'x'", "position of 'japan' on 'sovereignty'": how messages name a top-level fact.</summary>
    public static string Describe(string kind, string? id, string? topic = null, string? party = null) =>
        id is not null ? $"{kind} '{id}'"
        : topic is not null && party is not null ? $"{kind} of '{party}' on '{topic}'"
        : kind;

    public static string Describe(object fact) => fact switch
    {
        Position position => Describe("position", null, position.Topic, position.Party),
        Dossier => "dossier",
        _ => Describe(KindOf(fact.GetType()), IdOf(fact)),
    };

    /// <summary>A fact's id, or null for the kinds that have none (positions, the dossier).</summary>
    public static string? IdOf(object fact) => fact.GetType().GetProperty("Id")?.GetValue(fact) as string;

    public static bool IsKebabCaseId(string id) =>
        id.Length > 0
        && char.IsAsciiLetterLower(id[0])
        && id[^1] != '-'
        && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
