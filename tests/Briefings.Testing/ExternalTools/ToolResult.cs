namespace Briefings.Testing.ExternalTools;

/// <summary>What a finished external process left behind.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}
