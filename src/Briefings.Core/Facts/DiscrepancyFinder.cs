using System.Collections;
using System.Reflection;

namespace Briefings.Core.Facts;

/// <summary>Walks the facts for <see cref="ISourced"/> fields whose alternatives disagree.</summary>
internal static class DiscrepancyFinder
{
    public static IReadOnlyList<Discrepancy> Find(FactBase facts)
    {
        var found = new List<Discrepancy>();
        foreach (var collection in new IEnumerable[] { facts.Sources, facts.Parties, facts.Places, facts.People, facts.Topics, facts.Eras, facts.Agreements, facts.Events, facts.Positions })
        {
            foreach (var fact in collection)
            {
                Walk(fact, fact, string.Empty, found);
            }
        }

        return found;
    }

    private static void Walk(object fact, object value, string path, List<Discrepancy> found)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<DerivedAttribute>() is not null || property.Name == "EqualityContract")
            {
                continue;
            }

            var field = path.Length == 0 ? FactNames.SnakeCase(property.Name) : $"{path}.{FactNames.SnakeCase(property.Name)}";
            switch (property.GetValue(value))
            {
                case ISourced { IsDiscrepancy: true } sourced:
                    var preferred = sourced.Alternatives.FirstOrDefault(a => a.Preferred);
                    found.Add(new Discrepancy(
                        FactNames.KindOf(fact.GetType()),
                        fact.GetType().GetProperty("Id")?.GetValue(fact) as string,
                        FactNames.Describe(fact),
                        field,
                        sourced.Alternatives,
                        preferred,
                        preferred?.Reason,
                        sourced.Location));
                    break;
                case FactRecord record:
                    Walk(fact, record, field, found);
                    break;
                case IEnumerable items and not string and not IDictionary:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is FactRecord itemRecord)
                        {
                            Walk(fact, itemRecord, $"{field}[{index}]", found);
                        }

                        index++;
                    }

                    break;
            }
        }
    }
}
