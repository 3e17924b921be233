using Briefings.Core.Build;
using Briefings.Testing;

namespace Briefings.Core.Tests.Build;

/// <summary>A <see cref="ScratchDossier"/> with build options pointing at it.</summary>
internal sealed class BuildWorkspace(string factsPath) : IDisposable
{
    private readonly ScratchDossier scratch = new(factsPath);

    public string Seeds => scratch.Seeds;

    public string Templates => scratch.Templates;

    public string Out => scratch.Out;

    public string Facts => scratch.Facts;

    public BuildOptions Options(BuildMode mode = BuildMode.Write, int jobs = 2, string? outDirectory = null) => new()
    {
        SeedsDirectory = Seeds,
        TemplatesDirectory = Templates,
        OutDirectory = outDirectory ?? Out,
        Mode = mode,
        Jobs = jobs,
        Parameters = new Dictionary<string, string> { ["left"] = "northland", ["right"] = "southland" },
    };

    public static Dictionary<string, byte[]> Snapshot(string outDirectory) => ScratchDossier.Files(outDirectory);

    public void Dispose() => scratch.Dispose();
}
