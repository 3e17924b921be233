using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// A fact that relies on file permissions: root reads a file whatever its mode (chmod 000 stops nobody), so
/// there the test is skipped and says why, instead of passing without having tested anything.
/// </summary>
public sealed class UnlessRootFactAttribute : FactAttribute
{
    public UnlessRootFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Windows has no Unix file modes";
        }
        else if (Environment.UserName == "root" || IsEffectivelyRoot())
        {
            Skip = "running as root a chmod 000 file stays readable, so unreadability cannot be produced this way; see A_source_that_is_a_folder_cannot_be_read_even_by_root";
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsEffectivelyRoot()
    {
        var probe = Path.Combine(Path.GetTempPath(), $"briefings-root-probe-{Guid.NewGuid():N}");
        File.WriteAllText(probe, "x");
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.None);
            try
            {
                File.ReadAllText(probe);
                return true;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }
        finally
        {
            File.Delete(probe);
        }
    }
}
