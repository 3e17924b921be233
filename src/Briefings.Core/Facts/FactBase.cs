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
        : this(dossier, sources, parties, places, people, topics, eras, agreements, events, positions, new FieldAlternatives())
    {
    }

    /// <summary>Used by the loader, which also hands over the alternatives written for plainly typed fields.</summary>
    internal FactBase(
        Dossier dossier,
        IReadOnlyList<Source> sources,
        IReadOnlyList<Party> parties,
        IReadOnlyList<Place> places,
        IReadOnlyList<Person> people,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<Era> eras,
        IReadOnlyList<Agreement> agreements,
        IReadOnlyList<Event> events,
        IReadOnlyList<Position> positions,
        FieldAlternatives fieldAlternatives)
    {
        FieldAlternatives = fieldAlternatives;
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

    internal FieldAlternatives FieldAlternatives { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<Party> Parties { get; }

    public IReadOnlyList<Place> Places { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<Era> Eras { get; }

    public IReadOnlyList<Agreement> Agreements { get; }

    public IReadOnlyList<Event> Events { get; }

    public IReadOnlyList<Position> Positions { get; }

    /// <summary>
    /// Every field whose cited alternatives disagree, in the order of the YAML: <see cref="Sourced{T}"/> fields and
    /// plainly typed fields written with alternatives alike (see <see cref="AlternativesOf(FactRecord, string)"/>).
    /// </summary>
    [Derived]
    public IReadOnlyList<Discrepancy> Discrepancies => discrepancies.Value;

    /// <summary>The events in date order (see <see cref="Dates.EdtfDate"/> for the rule); equal dates keep their YAML order.</summary>
    [Derived]
    public IReadOnlyList<Event> EventsByDate => eventsByDate.Value;

    /// <summary>
    /// The sourced alternatives the facts wrote for a field of <paramref name="record"/> (one of this fact base's
    /// records, found by reference: a copy made with <c>with</c> has none), named by its C# property
    /// (<c>"Text"</c>, <c>"Significance"</c>'s record's <c>"Text"</c> …), or null when the field was written plainly.
    /// A plainly typed field (<c>string Text</c>) holds the preferred value, or the first when none is preferred;
    /// this returns all of them with their citations. For a <see cref="Sourced{T}"/> field written with
    /// alternatives it returns that same field.
    /// </summary>
    /// <exception cref="ArgumentException">The record's type has no such property.</exception>
    public ISourced? AlternativesOf(FactRecord record, string propertyName) =>
        FieldAlternatives.Find(record, CheckProperty(record, propertyName), FieldAlternatives.WholeField);

    /// <summary>
    /// The sourced alternatives the facts wrote for item <paramref name="index"/> of a list of text, dates or ids
    /// (e.g. one of an event's <c>People</c>), or null when that item was written plainly.
    /// </summary>
    /// <exception cref="ArgumentException">The record's type has no such property.</exception>
    public ISourced? AlternativesOf(FactRecord record, string propertyName, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return FieldAlternatives.Find(record, CheckProperty(record, propertyName), index);
    }

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

    private static string CheckProperty(FactRecord record, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(propertyName);
        return record.GetType().GetProperty(propertyName) is not null
            ? propertyName
            : throw new ArgumentException($"{record.GetType().Name} has no property '{propertyName}' (property names are PascalCase, e.g. 'Text')", nameof(propertyName));
    }

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
