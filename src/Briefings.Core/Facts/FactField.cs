using System.Reflection;
using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>
/// One YAML key of a fact record, derived from the record's constructor parameter and property. The loader and
/// the schema generator both read the model through this, so the YAML they accept cannot drift apart.
/// </summary>
internal sealed record FactField(
    string Key,
    ParameterInfo Parameter,
    PropertyInfo Property,
    Type Type,
    bool IsRequired,
    bool IsNullable,
    string? References,
    bool NonEmpty,
    IReadOnlyList<string>? AllowedValues,
    string? WhyNoAlternatives)
{
    /// <summary>
    /// Whether the YAML may give this field (or, for a list of scalars, one of its items) as
    /// <c>{ alternatives: [...] }</c> although the model types it plainly; the loader keeps those alternatives in
    /// <see cref="FactBase.AlternativesOf(FactRecord, string)"/>. Fields typed <see cref="Sourced{T}"/> take them anyway.
    /// </summary>
    public bool AcceptsAlternatives { get; } = WhyNoAlternatives is null && (IsScalar(Type) || (IsList(Type, out var item) && IsScalar(item)));

    /// <summary>The keys of a record type, in constructor order; the constructor is the one with the most parameters.</summary>
    public static IReadOnlyList<FactField> Of(Type recordType) => Cache.GetOrAdd(recordType, Describe);

    public static ConstructorInfo ConstructorOf(Type recordType) => Constructors.GetOrAdd(recordType, type =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length)
        ?? throw new InvalidOperationException($"{type.Name} has no public constructor"));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<FactField>> Cache = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ConstructorInfo> Constructors = new();

    private static IReadOnlyList<FactField> Describe(Type recordType)
    {
        var nullability = new NullabilityInfoContext();
        var fields = new List<FactField>();
        foreach (var parameter in ConstructorOf(recordType).GetParameters())
        {
            var property = recordType.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new InvalidOperationException($"{recordType.Name}({parameter.Name}) has no matching property");
            var isNullable = Nullable.GetUnderlyingType(parameter.ParameterType) is not null
                || (!parameter.ParameterType.IsValueType && nullability.Create(parameter).WriteState == NullabilityState.Nullable);
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            var nonEmpty = property.GetCustomAttribute<NonEmptyAttribute>() is not null;
            var isCollection = IsList(type, out _) || IsDictionary(type);
            var isRequired = !isNullable && !parameter.HasDefaultValue && (!isCollection || nonEmpty);
            fields.Add(new FactField(
                FactNames.SnakeCase(property.Name),
                parameter,
                property,
                type,
                isRequired,
                isNullable,
                property.GetCustomAttribute<ReferencesAttribute>()?.Collection,
                nonEmpty,
                property.GetCustomAttribute<OneOfAttribute>()?.Values,
                RefuseAlternatives(recordType, FactNames.SnakeCase(property.Name))));
        }

        return fields;
    }

    /// <summary>A value written as one YAML scalar: text, a date, true/false.</summary>
    public static bool IsScalar(Type type) => type == typeof(string) || type == typeof(bool) || type == typeof(EdtfDate);

    /// <summary>
    /// Why a field may not hold alternatives, or null when it may: an id names the fact itself; a source's
    /// details are read before any source text is, so quotes in them could not be checked; a citation is already
    /// one source's word; and alternatives do not nest.
    /// </summary>
    private static string? RefuseAlternatives(Type recordType, string key) =>
        key == "id" ? "an id names the fact itself"
        : recordType == typeof(Source) ? "a source's own details are not claims of a source"
        : recordType == typeof(Citation) ? "a citation is already one source's word"
        : recordType.IsGenericType && recordType.GetGenericTypeDefinition() == typeof(Alternative<>) ? "alternatives do not nest"
        : null;

    public static bool IsList(Type type, out Type itemType) => Argument(ListItems, type, typeof(IReadOnlyList<>), out itemType);

    public static bool IsDictionary(Type type) => type == typeof(IReadOnlyDictionary<string, string>);

    public static bool IsSourced(Type type, out Type valueType) => Argument(SourcedValues, type, typeof(Sourced<>), out valueType);

    /// <summary>
    /// The loader asks these of every value it reads, and asking reflection allocates and costs microseconds each
    /// time (a fifth of loading 10,000 events), so the answer is kept per type.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type?> ListItems = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type?> SourcedValues = new();

    /// <summary>Whether <paramref name="type"/> closes <paramref name="definition"/>, and over which type.</summary>
    private static bool Argument(System.Collections.Concurrent.ConcurrentDictionary<Type, Type?> known, Type type, Type definition, out Type argument)
    {
        var found = known.GetOrAdd(type, static (type, definition) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == definition ? type.GetGenericArguments()[0] : null, definition);
        argument = found ?? typeof(object);
        return found is not null;
    }
}
