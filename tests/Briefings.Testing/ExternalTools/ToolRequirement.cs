namespace Briefings.Testing.ExternalTools;

/// <summary>Decides whether a test that needs external tools can run here.</summary>
public static class ToolRequirement
{
    /// <summary>True on a CI runner, where tools are installed by the pipeline and missing ones are errors.</summary>
    public static bool IsContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>A skip reason naming the missing tools, or null when all are present (or on CI).</summary>
    public static string? SkipReason(IEnumerable<string> tools)
    {
        var missing = tools.Where(tool => !ExternalTool.IsAvailable(tool)).ToList();
        if (missing.Count == 0 || IsContinuousIntegration)
        {
            return null;
        }

        return $"Needs {string.Join(", ", missing)} on PATH (not installed here; CI installs it).";
    }
}
