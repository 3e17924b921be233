using Briefings.Core.Facts;
using Briefings.Core.Templating.Model;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Core.Templating.Functions;

/// <summary>
/// Lookups over the facts, by id, as the templates see them. Built once per build over the read-only
/// model; safe to share between parallel renders.
/// </summary>
public sealed class FactFunctions
{
    private static readonly string[] NamedCollections = ["parties", "places", "people", "agreements", "sources", "topics", "eras", "events"];

    private readonly ScriptObject model;
    private readonly Dictionary<string, Dictionary<string, ScriptObject>> byCollection = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, int> citationCounts;
    private readonly Dictionary<object, int> discrepancyNumbers = new(ReferenceEqualityComparer.Instance);

    // Each event's start, read once: a chronology asks for the events of every era, and reading each event's date
    // from its object again for every era was 2 % of a 10,000-event build.
    private readonly Lazy<(DateOnly Start, ScriptObject Event)[]> eventStarts;

    public FactFunctions(ScriptObject model, FactBase facts)
    {
        this.model = model;
        eventStarts = new(() => [.. Items("events").Select(item => (DateFunctions.ToDate(item["date"]).Start, item))]);
        for (var index = 0; index < facts.Discrepancies.Count; index++)
        {
            discrepancyNumbers.TryAdd(facts.Discrepancies[index].Alternatives[0], index + 1);
        }

        citationCounts = facts.AllCitations().GroupBy(citation => citation.Source).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        foreach (var collection in NamedCollections)
        {
            var index = new Dictionary<string, ScriptObject>(StringComparer.Ordinal);
            if (model.TryGetValue(collection, out var value) && value is ScriptArray items)
            {
                foreach (var item in items.OfType<ScriptObject>())
                {
                    if (item.TryGetValue("id", out var id) && id is string key)
                    {
                        index[key] = item;
                    }
                }
            }

            byCollection[collection] = index;
        }
    }

    [TemplateFunction("party")]
    [TemplateExample("{{ (party \"northland\").name }}", "Northland")]
    public ScriptObject Party(string id) => Lookup("parties", id);

    [TemplateFunction("place")]
    [TemplateExample("{{ (place \"long-island\").name }}", "Long Island")]
    public ScriptObject Place(string id) => Lookup("places", id);

    [TemplateFunction("person")]
    [TemplateExample("{{ (person \"anna-berg\").name }}", "Anna Berg")]
    public ScriptObject Person(string id) => Lookup("people", id);

    [TemplateFunction("agreement")]
    [TemplateExample("{{ (agreement \"river-treaty-1901\").date }}", "12 May 1901")]
    public ScriptObject Agreement(string id) => Lookup("agreements", id);

    [TemplateFunction("source")]
    [TemplateExample("{{ (source \"gazette\").publisher }}", "Northland Gazette")]
    public ScriptObject Source(string id) => Lookup("sources", id);

    /// <summary>The display name of anything with an id: its <c>name</c>, or its <c>title</c> for topics, eras and events.</summary>
    [TemplateFunction("name_of")]
    [TemplateExample("{{ name_of \"southland\" }}", "Southland")]
    public string NameOf(string id) =>
        TryNameOf(id, out var name) ? name : throw new ScriptRuntimeException(default, $"no fact has the id '{id}'");

    internal bool TryNameOf(string id, out string name)
    {
        foreach (var collection in NamedCollections)
        {
            if (byCollection[collection].TryGetValue(id, out var item))
            {
                name = item.TryGetValue("name", out var value) && value is not null
                    ? (value is SourcedValue sourced ? sourced.Value : value)?.ToString() ?? id
                    : item["title"]?.ToString() ?? id;
                return true;
            }
        }

        name = id;
        return false;
    }

    /// <summary>How many citations in the facts rest on a source.</summary>
    [TemplateFunction("citation_count")]
    [TemplateExample("{{ citation_count \"gazette\" }}", "18")]
    public int CitationCount(string source) => citationCounts.GetValueOrDefault(source);

    /// <summary>Any value as a reader should see it: an id as the name it stands for, a date as text.</summary>
    [TemplateFunction("label")]
    [TemplateExample("{{ label \"northland\" }} · {{ label (agreement \"river-treaty-1901\").date }} · {{ label \"plain words\" }}", "Northland · 12 May 1901 · plain words")]
    public string Label(object? value) => value switch
    {
        DateValue date => date.Text,
        SourcedValue sourced => Label(sourced.Value),
        string id when TryNameOf(id, out var name) => name,
        _ => value?.ToString() ?? string.Empty,
    };

    /// <summary>
    /// The name of a fact of a given kind (<c>agreement</c>, <c>event</c>, <c>party</c> …), for where ids of
    /// different kinds may coincide, as in the discrepancy annex.
    /// </summary>
    [TemplateFunction("fact_name")]
    [TemplateExample("{{ fact_name \"event\" \"flood-1927\" }} / {{ fact_name \"agreement\" \"river-treaty-1901\" }}", "Flood moves the main channel / Silver River Treaty")]
    public string FactName(string kind, string id)
    {
        var collection = kind switch
        {
            "party" => "parties",
            "person" => "people",
            _ => kind + "s",
        };

        if (!byCollection.TryGetValue(collection, out var index) || !index.TryGetValue(id, out var item))
        {
            throw new ScriptRuntimeException(default, $"no {kind} has the id '{id}'");
        }

        return Label(item.TryGetValue("name", out var name) && name is not null ? name : item["title"]);
    }

    /// <summary>The 1-based number of a discrepancy in the facts' list (as the annex numbers them), or null.</summary>
    internal int? DiscrepancyNumber(ISourced sourced) =>
        sourced.Alternatives.Count > 0 && discrepancyNumbers.TryGetValue(sourced.Alternatives[0], out var number) ? number : null;

    /// <summary>Names joined for prose: "A", "A and B", "A, B and C".</summary>
    [TemplateFunction("names")]
    [TemplateExample("{{ names [\"northland\", \"southland\"] }}", "Northland and Southland")]
    public string Names(ScriptArray? ids)
    {
        var names = (ids ?? []).Select(id => NameOf(Id(id))).ToList();
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    /// <summary>Events whose date starts inside the era, in date order.</summary>
    [TemplateFunction("events_in")]
    [TemplateExample("{{ for e in (events_in (eras | array.first)) }}{{ e.id }}; {{ end }}", "river-treaty-signed; survey-1903;")]
    public ScriptArray EventsIn(ScriptObject era)
    {
        var from = DateFunctions.ToDate(era["from"]);
        var to = DateFunctions.ToDate(era["to"]);
        var result = new ScriptArray();
        foreach (var (start, item) in eventStarts.Value)
        {
            if (start >= from.Start && start <= to.End)
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>
    /// A party's positions on a topic, oldest first, including those of the parties it succeeded (for Russia,
    /// the Soviet Union's): a position's own <c>party</c> still says who took it.
    /// </summary>
    [TemplateFunction("positions_on")]
    [TemplateExample("{{ (positions_on \"navigation\" \"northland\" | array.size) }}", "1")]
    public ScriptArray PositionsOn(string topic, string party)
    {
        var lineage = Lineage(party);
        var result = new ScriptArray();
        foreach (var position in Items("positions")
                     .Where(item => Id(item["topic"]) == topic && lineage.Contains(Id(item["party"])))
                     .OrderBy(item => DateFunctions.ToDate(item["as_of"])))
        {
            result.Add(position);
        }

        return result;
    }

    /// <summary>
    /// The parties the positions speak for, each counted with the parties it succeeded: the two with the
    /// most positions first, in the order the facts first name them (the natural columns of a comparison),
    /// then the others, most positions first.
    /// </summary>
    [TemplateFunction("position_parties")]
    [TemplateExample("{{ position_parties | array.join \", \" }}", "northland, southland")]
    public ScriptArray PositionParties()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var position in Items("positions"))
        {
            var head = Successor(Id(position["party"]));
            if (counts.TryAdd(head, 0))
            {
                order.Add(head);
            }

            counts[head]++;
        }

        var ranked = order.OrderByDescending(party => counts[party]).ToList();
        var leading = ranked.Take(2).OrderBy(order.IndexOf);
        return [.. leading.Concat(ranked.Skip(2))];
    }

    /// <summary>A party and every party it succeeded, directly or through others.</summary>
    private HashSet<string> Lineage(string party)
    {
        var lineage = new HashSet<string>(StringComparer.Ordinal) { party };
        bool grew;
        do
        {
            grew = false;
            foreach (var (id, item) in byCollection["parties"])
            {
                if (item["succeeded_by"] is string successor && lineage.Contains(successor) && lineage.Add(id))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        return lineage;
    }

    /// <summary>The last successor of a party (the Soviet Union → Russia); guards against a cycle in the facts.</summary>
    private string Successor(string party)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { party };
        while (byCollection["parties"].TryGetValue(party, out var item) && item["succeeded_by"] is string next && seen.Add(next))
        {
            party = next;
        }

        return party;
    }

    /// <summary>
    /// Where each party stands on an agreement now: the last stance the facts record for each party, leaving
    /// out a party whose successor (e.g. the Soviet Union, succeeded by Russia) has a stance of its own.
    /// </summary>
    [TemplateFunction("current_standing")]
    [TemplateExample("{{ for s in (current_standing (agreement \"ferry-protocol-1952\")) }}{{ s.party }}: {{ s.stance }}; {{ end }}", "northland: affirms; southland: disputes;")]
    public ScriptArray CurrentStanding(ScriptObject agreement)
    {
        var latest = new Dictionary<string, ScriptObject>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var standing in (agreement["standing"] as ScriptArray ?? []).OfType<ScriptObject>())
        {
            var party = Id(standing["party"]);
            if (!latest.ContainsKey(party))
            {
                order.Add(party);
            }

            latest[party] = standing;
        }

        var result = new ScriptArray();
        foreach (var party in order)
        {
            var successor = Party(party)["succeeded_by"] as string;
            if (successor is null || !latest.ContainsKey(successor))
            {
                result.Add(latest[party]);
            }
        }

        return result;
    }

    /// <summary>Events that involve an agreement, in date order.</summary>
    [TemplateFunction("events_about")]
    [TemplateExample("{{ for e in (events_about \"river-treaty-1901\") }}{{ e.id }}; {{ end }}", "river-treaty-signed;")]
    public ScriptArray EventsAbout(string agreement)
    {
        var result = new ScriptArray();
        foreach (var item in Items("events"))
        {
            if (item["agreements"] is ScriptArray ids && ids.Any(id => Id(id) == agreement))
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>An id as the facts give it: plainly, or as sourced alternatives (then the preferred one).</summary>
    private static string Id(object? value) => value switch
    {
        SourcedValue sourced => Id(sourced.Value),
        string id => id,
        _ => string.Empty,
    };

    private IEnumerable<ScriptObject> Items(string collection) =>
        model.TryGetValue(collection, out var value) && value is ScriptArray items ? items.OfType<ScriptObject>() : [];

    private ScriptObject Lookup(string collection, string id) =>
        byCollection[collection].TryGetValue(id, out var item)
            ? item
            : throw new ScriptRuntimeException(default, $"no {collection} entry has the id '{id}'");
}
