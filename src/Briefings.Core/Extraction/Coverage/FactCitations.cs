using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Briefings.Core.Facts;

namespace Briefings.Core.Extraction.Coverage;

/// <summary>
/// Every citation in the facts, wherever it hangs: events, positions, every cited part of an agreement, alternatives
/// of sourced fields. The facts model grows; rather than list today's citation fields (and silently miss
/// tomorrow's), this walks the records' stored properties (not the <see cref="DerivedAttribute"/> ones) and picks up
/// every <see cref="Citation"/> it reaches.
/// </summary>
internal static class FactCitations
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> StoredProperties = new();

    public static IReadOnlyList<CitedQuote> Collect(FactBase facts)
    {
        var citations = new List<Citation>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(facts, citations, visited);

        // A plain sourced field repeats its fact's citations: count each citation once, in the order met.
        return [.. citations.Distinct().Select(c => new CitedQuote(c.Source, c.Quote, c.Line, c.Location))];
    }

    private static void Walk(object? value, List<Citation> citations, HashSet<object> visited)
    {
        switch (value)
        {
            case null or string:
                return;
            case Citation citation:
                citations.Add(citation);
                return;
            case ISourced sourced when visited.Add(sourced):
                foreach (var alternative in sourced.Alternatives)
                {
                    Walk(alternative, citations, visited);
                }

                return;
            case FactRecord or FactBase when visited.Add(value):
                foreach (var property in StoredProperties.GetOrAdd(value.GetType(), Stored))
                {
                    Walk(property.GetValue(value), citations, visited);
                }

                return;
            case IEnumerable items and not IDictionary:
                foreach (var item in items)
                {
                    Walk(item, citations, visited);
                }

                return;
        }
    }

    private static PropertyInfo[] Stored(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<DerivedAttribute>() is null)];
}
