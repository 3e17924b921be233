using System.Collections;
using System.Reflection;

namespace Briefings.Core.Facts;

/// <summary>
/// Walks the facts for fields whose alternatives disagree: <see cref="ISourced"/> properties, and plainly typed
/// fields (or list items) the YAML gave as alternatives, which the loader kept in <see cref="FieldAlternatives"/>.
/// </summary>
internal static class DiscrepancyFinder
{
    public static IReadOnlyList<Discrepancy> Find(FactBase facts)
    {
        var found = new List<Discrepancy>();
        Walk(facts.Dossier, facts.Dossier, string.Empty, facts.FieldAlternatives, found);
        foreach (var collection in new IEnumerable[] { facts.Sources, facts.Parties, facts.Places, facts.People, facts.Topics, facts.Eras, facts.Agreements, facts.Events, facts.Positions })
        {
            foreach (FactRecord fact in collection)
            {
                Walk(fact, fact, string.Empty, facts.FieldAlternatives, found);
            }
        }

        return found;
    }

    private static void Walk(FactRecord fact, FactRecord record, string path, FieldAlternatives written, List<Discrepancy> found)
    {
        foreach (var property in RecordProperties.StoredOf(record.GetType()))
        {
            var field = path.Length == 0 ? property.Key : $"{path}.{property.Key}";
            var value = property.ValueOf(record);
            if (value is ISourced sourced)
            {
                Report(fact, field, sourced, found);
                continue;
            }

            foreach (var (index, alternatives) in written.Of(record, property.Name))
            {
                Report(fact, index == FieldAlternatives.WholeField ? field : $"{field}[{index}]", alternatives, found);
            }

            switch (value)
            {
                case FactRecord nested:
                    Walk(fact, nested, field, written, found);
                    break;
                case IEnumerable items and not string and not IDictionary:
                    var position = 0;
                    foreach (var item in items)
                    {
                        if (item is FactRecord itemRecord)
                        {
                            Walk(fact, itemRecord, $"{field}[{position}]", written, found);
                        }

                        position++;
                    }

                    break;
            }
        }
    }

    private static void Report(FactRecord fact, string field, ISourced sourced, List<Discrepancy> found)
    {
        if (!sourced.IsDiscrepancy)
        {
            return;
        }

        var preferred = sourced.Alternatives.FirstOrDefault(a => a.Preferred);
        found.Add(new Discrepancy(
            FactNames.KindOf(fact.GetType()),
            FactNames.IdOf(fact),
            FactNames.Describe(fact),
            field,
            sourced.Alternatives,
            preferred,
            preferred?.Reason,
            sourced.Location));
    }
}
