using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefings.Core.Build;

/// <summary>
/// The JSON shapes Briefings writes and reads, generated at compile time: serialisation by reflection does
/// not exist in the native (ahead-of-time) executable. Both instances write characters outside ASCII as they
/// are, which no attribute can set, hence the options given here.
/// </summary>
[JsonSerializable(typeof(BuildManifest))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
public sealed partial class BriefingsJsonContext : JsonSerializerContext
{
    /// <summary>For <c>manifest.json</c>: indented, snake_case names, every property written.</summary>
    public static BriefingsJsonContext Manifest { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>For values in the Markdown's front matter: on one line (a JSON string is a YAML scalar).</summary>
    public static BriefingsJsonContext FrontMatter { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
