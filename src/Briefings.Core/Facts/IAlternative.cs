namespace Briefings.Core.Facts;

/// <summary>One cited value of a field that sources may disagree on.</summary>
public interface IAlternative
{
    object? Value { get; }

    IReadOnlyList<Citation> Cite { get; }

    bool Preferred { get; }

    string? Reason { get; }
}
