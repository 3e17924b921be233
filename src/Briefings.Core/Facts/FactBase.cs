using System.Collections.Frozen;

namespace Briefings.Core.Facts;

/// <summary>
/// The curated facts of one dossier, typed and immutable, as loaded by <see cref="FactBaseLoader"/>.
/// Properties mirror the top-level YAML keys; <see cref="Discrepancies"/> and <see cref="EventsByDate"/> are computed.
/// </summary>
public sealed class FactBase
{
    private readonly Lazy<Lookups> lookups;
    private readonly Lazy<IReadOnlyList<Discrepancy>> discrepancies;
    private readonly Lazy<IReadOnlyList<Event>> eventsByDate;
    private readonly Lazy<IReadOnlyList<Citation>> citations;

    public FactBase(
        Dossier dossier,
        IReadOnlyList<Source> sources,
        IReadOnlyList<Party> parties,
        IReadOnlyList<Place> places,
        IReadOnlyList<Person> people,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<Era> eras,
        IReadOnlyList<Agreement> agreements,
        IReadOnlyList<Event> events,
        IReadOnlyList<Position> positions)
    {
        Dossier = dossier;
        Sources = sources;
        Parties = parties;
        Places = places;
        People = people;
        Topics = topics;
        Eras = eras;
        Agreements = agreements;
        Events = events;
        Positions = positions;
        lookups = new Lazy<Lookups>(() => new Lookups(this));
        discrepancies = new Lazy<IReadOnlyList<Discrepancy>>(() => DiscrepancyFinder.Find(this));
        citations = new Lazy<IReadOnlyList<Citation>>(() => CitationCollector.Collect(this));
        eventsByDate = new Lazy<IReadOnlyList<Event>>(() => [.. Events.OrderBy(e => e.Date.Value)]);
    }

    public Dossier Dossier { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<Party> Parties { get; }

    public IReadOnlyList<Place> Places { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<Era> Eras { get; }

    public IReadOnlyList<Agreement> Agreements { get; }

    public IReadOnlyList<Event> Events { get; }

    public IReadOnlyList<Position> Positions { get; }

    /// <summary>Every field whose cited alternatives disagree, in the order of the YAML.</summary>
    [Derived]
    public IReadOnlyList<Discrepancy> Discrepancies => discrepancies.Value;

    /// <summary>The events in date order (see <see cref="Dates.EdtfDate"/> for the rule); equal dates keep their YAML order.</summary>
    [Derived]
    public IReadOnlyList<Event> EventsByDate => eventsByDate.Value;

    /// <summary>Every citation in the facts, each once, in YAML order within each collection.</summary>
    public IReadOnlyList<Citation> AllCitations() => citations.Value;

    public Source? FindSource(string id) => Find(lookups.Value.Sources, id);

    public Party? FindParty(string id) => Find(lookups.Value.Parties, id);

    public Place? FindPlace(string id) => Find(lookups.Value.Places, id);

    public Person? FindPerson(string id) => Find(lookups.Value.People, id);

    public Topic? FindTopic(string id) => Find(lookups.Value.Topics, id);

    public Era? FindEra(string id) => Find(lookups.Value.Eras, id);

    public Agreement? FindAgreement(string id) => Find(lookups.Value.Agreements, id);

    public Event? FindEvent(string id) => Find(lookups.Value.Events, id);

    /// <summary>The era a date starts in (the first listed that contains it), or null.</summary>
    public Era? EraOf(Dates.EdtfDate date) => Eras.FirstOrDefault(era => era.Contains(date));

    /// <summary>The events of an era, in date order.</summary>
    public IReadOnlyList<Event> EventsIn(Era era) => [.. EventsByDate.Where(e => EraOf(e.Date.Value) == era)];

    /// <summary>The events that name an agreement, in date order.</summary>
    public IReadOnlyList<Event> EventsFor(Agreement agreement) =>
        [.. EventsByDate.Where(e => e.Agreements.Contains(agreement.Id, StringComparer.Ordinal))];

    /// <summary>The positions on a topic, in YAML order.</summary>
    public IReadOnlyList<Position> PositionsOn(Topic topic) =>
        [.. Positions.Where(p => string.Equals(p.Topic, topic.Id, StringComparison.Ordinal))];

    /// <summary>A party's latest position on a topic, or null.</summary>
    public Position? PositionOf(Party party, Topic topic) =>
        Positions
            .Where(p => string.Equals(p.Party, party.Id, StringComparison.Ordinal) && string.Equals(p.Topic, topic.Id, StringComparison.Ordinal))
            .OrderBy(p => p.AsOf)
            .LastOrDefault();

    private static T? Find<T>(FrozenDictionary<string, T> index, string id)
        where T : class =>
        index.GetValueOrDefault(id);

    private sealed class Lookups(FactBase facts)
    {
        public FrozenDictionary<string, Source> Sources { get; } = Index(facts.Sources, s => s.Id);

        public FrozenDictionary<string, Party> Parties { get; } = Index(facts.Parties, p => p.Id);

        public FrozenDictionary<string, Place> Places { get; } = Index(facts.Places, p => p.Id);

        public FrozenDictionary<string, Person> People { get; } = Index(facts.People, p => p.Id);

        public FrozenDictionary<string, Topic> Topics { get; } = Index(facts.Topics, t => t.Id);

        public FrozenDictionary<string, Era> Eras { get; } = Index(facts.Eras, e => e.Id);

        public FrozenDictionary<string, Agreement> Agreements { get; } = Index(facts.Agreements, a => a.Id);

        public FrozenDictionary<string, Event> Events { get; } = Index(facts.Events, e => e.Id);

        // The first definition wins, as in the loader's duplicate-id message.
        private static FrozenDictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id) =>
            items.GroupBy(id, StringComparer.Ordinal).ToFrozenDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }
}
