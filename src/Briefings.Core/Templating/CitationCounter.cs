using System.Collections;
using System.Reflection;
using Briefings.Core.Facts;

namespace Briefings.Core.Templating;

/// <summary>
/// Counts the citations that rest on each source, walking the fact collections once. Derived views of
/// the facts (events by date, discrepancies) are not walked, so no citation counts twice.
/// </summary>
internal static class CitationCounter
{
    public static IReadOnlyDictionary<string, int> CountBySource(FactBase facts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        IEnumerable[] collections = [facts.Sources, facts.Parties, facts.Places, facts.People, facts.Topics, facts.Eras, facts.Agreements, facts.Events, facts.Positions];
        foreach (var collection in collections)
        {
            foreach (var item in collection)
            {
                Walk(item, counts, seen);
            }
        }

        return counts;
    }

    private static void Walk(object? value, Dictionary<string, int> counts, HashSet<object> seen)
    {
        switch (value)
        {
            case null or string:
                return;
            case Citation citation:
                if (seen.Add(citation))
                {
                    counts[citation.Source] = counts.GetValueOrDefault(citation.Source) + 1;
                }

                return;
            case IEnumerable sequence:
                foreach (var item in sequence)
                {
                    Walk(item, counts, seen);
                }

                return;

            // After IEnumerable: the loader's lists are ImmutableArray, a value type.
            case ValueType:
                return;
        }

        if (!seen.Add(value))
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), counts, seen);
            }
        }
    }
}
