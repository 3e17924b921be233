using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefings.Core.Build;

/// <summary>
/// <c>out/manifest.json</c>: every output with its hashes and the hashes of the inputs it was built
/// from. No timestamps, sorted paths: the same inputs give the same manifest, byte for byte.
/// </summary>
public sealed record BuildManifest(string Tool, ManifestInputs Inputs, IReadOnlyList<ManifestOutput> Outputs)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options).ReplaceLineEndings("\n") + "\n";

    /// <summary>Reads a manifest; a missing or unreadable one is treated as no previous build.</summary>
    public static BuildManifest? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<BuildManifest>(File.ReadAllText(path), Options) : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}
