using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;

namespace Briefings.Core.Facts;

/// <summary>
/// The reflection the facts reader does per value (closed generic types, typed lists, the location setters),
/// looked up once per type: done for every record, it was a large share of loading 10,000 events.
/// </summary>
internal static class FactTypes
{
    private static readonly MethodInfo ToImmutableDefinition =
        typeof(FactTypes).GetMethod(nameof(ToImmutable), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<List<object>, object>> ToImmutableOf = new();
    private static readonly ConcurrentDictionary<(Type Definition, Type Argument), Type> Closed = new();
    private static readonly ConcurrentDictionary<Type, object> EmptyOf = new();

    public static PropertyInfo LocationProperty { get; } = typeof(FactRecord).GetProperty(nameof(FactRecord.Location))!;

    public static PropertyInfo CitationLineProperty { get; } = typeof(Citation).GetProperty(nameof(Citation.Line))!;

    /// <summary>The items as an <c>ImmutableArray&lt;itemType&gt;</c>, boxed.</summary>
    public static object ImmutableArrayOf(Type itemType, List<object> items) =>
        ToImmutableOf.GetOrAdd(itemType, type => ToImmutableDefinition.MakeGenericMethod(type).CreateDelegate<Func<List<object>, object>>())(items);

    /// <summary>An empty <c>ImmutableArray&lt;itemType&gt;</c>, boxed.</summary>
    public static object EmptyArrayOf(Type itemType) =>
        EmptyOf.GetOrAdd(itemType, type => ImmutableArrayOf(type, []));

    /// <summary><paramref name="definition"/> closed over <paramref name="argument"/> (<c>Sourced&lt;string&gt;</c>).</summary>
    public static Type Close(Type definition, Type argument) =>
        Closed.GetOrAdd((definition, argument), key => key.Definition.MakeGenericType(key.Argument));

    // Boxed here, so that one delegate type serves every item type and a list is made without a reflection call.
    private static object ToImmutable<T>(List<object> items) => ImmutableArray.CreateRange(items.Cast<T>());
}
