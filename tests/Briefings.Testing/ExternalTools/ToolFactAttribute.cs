using Xunit;

namespace Briefings.Testing.ExternalTools;

/// <summary>
/// A <see cref="FactAttribute"/> that skips, naming the missing tool, when any of <paramref name="tools"/> is
/// not installed. On CI (<c>CI=true</c>) it never skips: the pipeline installs the tools, so a missing one
/// must fail loudly instead of hiding the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        Tools = tools;
        Skip = ToolRequirement.SkipReason(tools);
    }

    public IReadOnlyList<string> Tools { get; }
}
