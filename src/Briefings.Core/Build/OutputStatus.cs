namespace Briefings.Core.Build;

public enum OutputStatus
{
    /// <summary>Rendered and written (new or changed).</summary>
    Written,

    /// <summary>Inputs unchanged since the last build and the file intact: not rendered again.</summary>
    Unchanged,

    /// <summary>Rendered in memory only (check), or verified equal to the file in the out folder.</summary>
    Current,

    /// <summary>Verify mode: the file in the out folder is missing or differs from what the inputs give.</summary>
    Stale,

    /// <summary>An output of an earlier build that the inputs no longer produce: removed (or, in verify mode, stale).</summary>
    Removed,
}
