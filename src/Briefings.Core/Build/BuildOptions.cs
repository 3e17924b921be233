namespace Briefings.Core.Build;

/// <summary>What to build and where. Paths may be relative to the working directory.</summary>
public sealed record BuildOptions
{
    public string SeedsDirectory { get; init; } = "seeds";

    public string TemplatesDirectory { get; init; } = "templates";

    public string OutDirectory { get; init; } = "out";

    /// <summary>Template ids to build; empty for all.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>Formats to build instead of each template's own list; null to use the templates'.</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Documents rendered in parallel. Output bytes do not depend on it.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Rebuild every output even when its inputs are unchanged.</summary>
    public bool Force { get; init; }

    public BuildMode Mode { get; init; } = BuildMode.Write;

    /// <summary>Overrides the theme's PDF/A setting when set.</summary>
    public bool? PdfA { get; init; }
}
