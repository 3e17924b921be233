using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Briefings.Core.Facts;

/// <summary>
/// The reflection the facts reader does per value (closed generic types, typed lists),
/// looked up once per type: done for every record, it was a large share of loading 10,000 events.
/// </summary>
internal static class FactTypes
{
    private static readonly MethodInfo ToImmutableDefinition =
        typeof(FactTypes).GetMethod(nameof(ToImmutable), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<List<object>, object>> ToImmutableOf = new();
    private static readonly ConcurrentDictionary<(Type Definition, Type Argument), Type> Closed = new();
    private static readonly ConcurrentDictionary<Type, object> EmptyOf = new();

    /// <summary>The items as an <c>ImmutableArray&lt;itemType&gt;</c>, boxed.</summary>
    public static object ImmutableArrayOf(Type itemType, List<object> items) =>
        ToImmutableOf.GetOrAdd(itemType, type => ToImmutableDefinition.MakeGenericMethod(type).CreateDelegate<Func<List<object>, object>>())(items);

    /// <summary>An empty <c>ImmutableArray&lt;itemType&gt;</c>, boxed.</summary>
    public static object EmptyArrayOf(Type itemType) =>
        EmptyOf.GetOrAdd(itemType, type => ImmutableArrayOf(type, []));

    /// <summary><paramref name="definition"/> closed over <paramref name="argument"/> (<c>Sourced&lt;string&gt;</c>).</summary>
    public static Type Close(Type definition, Type argument) =>
        Closed.GetOrAdd((definition, argument), key => key.Definition.MakeGenericType(key.Argument));

    // Boxed here, so that one delegate type serves every item type and a list is made without a reflection call;
    // filled in place, so the exact array is the only one made.
    private static object ToImmutable<T>(List<object> items)
    {
        var array = new T[items.Count];
        for (var index = 0; index < array.Length; index++)
        {
            array[index] = (T)items[index];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }
}
