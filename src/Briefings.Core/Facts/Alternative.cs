namespace Briefings.Core.Facts;

/// <summary>
/// One value of a <see cref="Sourced{T}"/> field with the citations that support it. An analyst marks at most one
/// alternative <see cref="Preferred"/>, and must then give the <see cref="Reason"/>.
/// </summary>
public sealed record Alternative<T>(T Value, [property: NonEmpty] IReadOnlyList<Citation> Cite, bool Preferred = false, string? Reason = null)
    : FactRecord, IAlternative
    where T : notnull
{
    object? IAlternative.Value => Value;
}
