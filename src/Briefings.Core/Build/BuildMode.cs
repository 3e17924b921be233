namespace Briefings.Core.Build;

public enum BuildMode
{
    /// <summary>Render and write changed outputs into the out folder.</summary>
    Write,

    /// <summary>Render in memory and report outputs in the out folder that differ from what the inputs give.</summary>
    Verify,

    /// <summary>Render in memory to check facts, templates and page budgets; write nothing.</summary>
    Check,
}
