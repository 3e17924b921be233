using System.Collections.Concurrent;
using System.Reflection;

namespace Briefings.Core.Facts;

/// <summary>
/// The properties the fact walkers (citations, discrepancies, the template model) read, found once per type:
/// asking reflection for them and their attributes on every record was a tenth of loading 10,000 events.
/// Public instance properties without indexers and without the compiler's <c>EqualityContract</c>, in
/// reflection's order.
/// </summary>
internal static class RecordProperties
{
    private static readonly ConcurrentDictionary<Type, RecordProperty[]> All = new();
    private static readonly ConcurrentDictionary<Type, RecordProperty[]> Stored = new();

    /// <summary>Every readable property, derived ones (<see cref="DerivedAttribute"/>) included.</summary>
    public static IReadOnlyList<RecordProperty> Of(Type type) => All.GetOrAdd(type, Find);

    /// <summary>The properties the facts state, without the derived ones.</summary>
    public static IReadOnlyList<RecordProperty> StoredOf(Type type) =>
        Stored.GetOrAdd(type, key => [.. Of(key).Where(property => !property.IsDerived)]);

    private static RecordProperty[] Find(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .Select(property => new RecordProperty(property, FactNames.SnakeCase(property.Name), property.GetCustomAttribute<DerivedAttribute>() is not null)),
    ];
}
