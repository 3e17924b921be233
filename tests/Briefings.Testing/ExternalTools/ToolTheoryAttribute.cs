using Xunit;

namespace Briefings.Testing.ExternalTools;

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="ToolFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        Tools = tools;
        Skip = ToolRequirement.SkipReason(tools);
    }

    public IReadOnlyList<string> Tools { get; }
}
