using System.Collections;
using System.Reflection;

namespace Briefings.Core.Facts;

/// <summary>
/// Finds every citation in the facts, including those of sourced alternatives, whether they hang on a
/// <see cref="Sourced{T}"/> field or on a plainly typed field the YAML gave as alternatives.
/// </summary>
internal static class CitationCollector
{
    public static IReadOnlyList<Citation> Collect(FactBase facts)
    {
        var found = new List<Citation>();
        Visit(facts.Dossier, facts.FieldAlternatives, found);
        foreach (var collection in new IEnumerable[] { facts.Sources, facts.Parties, facts.Places, facts.People, facts.Topics, facts.Eras, facts.Agreements, facts.Events, facts.Positions })
        {
            foreach (var fact in collection)
            {
                Visit(fact, facts.FieldAlternatives, found);
            }
        }

        // A plainly written sourced field shares its fact's citation objects: count each citation once.
        return [.. found.Distinct(ReferenceEqualityComparer.Instance).Cast<Citation>()];
    }

    private static void Visit(object? value, FieldAlternatives written, List<Citation> found)
    {
        switch (value)
        {
            case Citation citation:
                found.Add(citation);
                break;
            case ISourced sourced:
                AddCitations(sourced, found);
                break;
            case FactRecord record:
                foreach (var property in RecordProperties.StoredOf(record.GetType()))
                {
                    foreach (var (_, alternatives) in written.Of(record, property.Name))
                    {
                        AddCitations(alternatives, found);
                    }

                    Visit(property.ValueOf(record), written, found);
                }

                break;
            case IEnumerable items and not string and not IDictionary:
                foreach (var item in items)
                {
                    Visit(item, written, found);
                }

                break;
        }
    }

    private static void AddCitations(ISourced sourced, List<Citation> found)
    {
        foreach (var alternative in sourced.Alternatives)
        {
            foreach (var citation in alternative.Cite)
            {
                found.Add(citation);
            }
        }
    }
}
