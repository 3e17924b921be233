using Briefings.Core.Diagnostics;

namespace Briefings.Core.Facts;

/// <summary>
/// A field the facts may give either plainly (one value, supported by the enclosing fact's citations) or as
/// <c>{ alternatives: [ { value, cite, preferred?, reason? } ] }</c> when sources disagree.
/// </summary>
public sealed class Sourced<T> : ISourced
    where T : notnull
{
    public Sourced(IReadOnlyList<Alternative<T>> alternatives, SourceLocation location = default)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Count == 0)
        {
            throw new ArgumentException("a sourced field needs at least one value", nameof(alternatives));
        }

        Alternatives = alternatives;
        Location = location;
        Preferred = alternatives.FirstOrDefault(alternative => alternative.Preferred);
        Value = (Preferred ?? alternatives[0]).Value;
        IsDiscrepancy = alternatives.Select(alternative => alternative.Value).Distinct().Skip(1).Any();
    }

    /// <summary>The preferred value, or the first when none is preferred.</summary>
    public T Value { get; }

    public IReadOnlyList<Alternative<T>> Alternatives { get; }

    /// <summary>The alternative the analyst preferred, if any.</summary>
    public Alternative<T>? Preferred { get; }

    public bool IsDiscrepancy { get; }

    public SourceLocation Location { get; }

    object? ISourced.Value => Value;

    IReadOnlyList<IAlternative> ISourced.Alternatives => Alternatives;

    /// <summary>A field written plainly: one value, supported by the given citations (those of its fact).</summary>
    public static Sourced<T> Single(T value, IReadOnlyList<Citation>? cite = null, SourceLocation location = default) =>
        new([new Alternative<T>(value, cite ?? []) { Location = location }], location);

    public override string ToString() => Value.ToString() ?? string.Empty;
}
