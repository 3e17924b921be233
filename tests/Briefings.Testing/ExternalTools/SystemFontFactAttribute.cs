namespace Briefings.Testing.ExternalTools;

/// <summary>
/// A <see cref="ToolFactAttribute"/> that also needs a font file installed on the system (a kind of font the
/// repository does not ship, such as CFF outlines). It skips, naming the file, where it is missing; on CI it
/// never skips, since <c>.ci/run</c> installs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SystemFontFactAttribute : Xunit.FactAttribute
{
    public SystemFontFactAttribute(string fontPath, params string[] tools)
    {
        FontPath = fontPath;
        Skip = File.Exists(fontPath) || ToolRequirement.IsContinuousIntegration
            ? ToolRequirement.SkipReason(tools)
            : $"Needs the font {fontPath} (not installed here; CI installs it).";
    }

    public string FontPath { get; }
}
