using System.CommandLine;

namespace Briefings.Cli;

/// <summary>Options shared by the commands, with the repository's layout as defaults.</summary>
internal static class CommonOptions
{
    public static Option<string> Seeds() => new("--seeds")
    {
        Description = "Folder with the source documents and facts.yaml",
        DefaultValueFactory = _ => "seeds",
    };

    public static Option<string> Templates() => new("--templates")
    {
        Description = "Folder with the *.sbn templates, partials, theme.yaml and fonts",
        DefaultValueFactory = _ => "templates",
    };

    public static Option<string> Out() => new("--out")
    {
        Description = "Folder the outputs and manifest.json are written to",
        DefaultValueFactory = _ => "out",
    };

    public static Option<string[]> Parameters() => new("--param", "-p")
    {
        Description = "Template parameter as key=value (repeatable)",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print a machine-readable JSON report instead of text",
    };
}
