using Briefings.Core.Diagnostics;

namespace Briefings.Core.Facts;

/// <summary>Base of every record read from the facts: it remembers where in the YAML it was written.</summary>
public abstract record FactRecord
{
    [Derived]
    public SourceLocation Location { get; init; }
}
