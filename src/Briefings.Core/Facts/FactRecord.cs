using Briefings.Core.Diagnostics;

namespace Briefings.Core.Facts;

/// <summary>Base of every record read from the facts: it remembers where in the YAML it was written.</summary>
public abstract record FactRecord
{
    private SourceLocation location;

    [Derived]
    public SourceLocation Location { get => location; init => location = value; }

    /// <summary>Where the loader read the record: set once it is built, without reflection (and the boxing it costs).</summary>
    internal void LocateAt(SourceLocation at) => location = at;
}
