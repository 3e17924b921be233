using Briefings.Core.Diagnostics;

namespace Briefings.Core.Facts;

/// <summary>
/// A field whose value is cited, possibly as several alternatives from different sources. <see cref="Value"/>
/// is the preferred alternative's value, or the first one's when none is preferred.
/// </summary>
public interface ISourced
{
    object? Value { get; }

    IReadOnlyList<IAlternative> Alternatives { get; }

    /// <summary>True when the alternatives hold two or more distinct values.</summary>
    bool IsDiscrepancy { get; }

    SourceLocation Location { get; }
}
