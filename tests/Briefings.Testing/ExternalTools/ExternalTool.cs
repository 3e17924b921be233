using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Briefings.Testing.ExternalTools;

/// <summary>
/// Runs command-line tools (qpdf, poppler, pandoc, LibreOffice) from tests: arguments passed as a list (no
/// shell quoting), output captured as UTF-8, a hard timeout that kills the whole process tree.
/// </summary>
public static class ExternalTool
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly ConcurrentDictionary<string, string?> ResolvedPaths = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is an executable on PATH (or an existing executable path).</summary>
    public static bool IsAvailable(string name) => Resolve(name) is not null;

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Resolve(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return ResolvedPaths.GetOrAdd(name, Search);
    }

    /// <summary>
    /// Runs <paramref name="name"/> with <paramref name="arguments"/>, writes <paramref name="standardInput"/> (if any)
    /// to it, and waits for it to exit. A non-zero exit is returned, not thrown: callers decide what failure means.
    /// </summary>
    /// <exception cref="ExternalToolException">The tool is not installed, or it ran past <paramref name="timeout"/>.</exception>
    public static ToolResult Run(string name, IEnumerable<string> arguments, string? standardInput = null, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var executable = Resolve(name) ?? throw new ExternalToolException($"'{name}' is not installed (not found on PATH).");
        var limit = timeout ?? DefaultTimeout;

        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A fixed locale keeps messages and number formats the same on every machine.
        startInfo.Environment["LC_ALL"] = "C.UTF-8";

        using var process = Process.Start(startInfo) ?? throw new ExternalToolException($"'{name}' could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // Fed in the background: a tool that never reads its input must still hit the timeout, not block us.
        var input = Task.Run(() =>
        {
            try
            {
                if (standardInput is not null)
                {
                    process.StandardInput.Write(standardInput);
                }

                process.StandardInput.Close();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The tool exited (or was killed) without reading its input; its exit code and stderr tell the story.
            }
        });

        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new ExternalToolException($"'{name} {string.Join(' ', startInfo.ArgumentList)}' did not finish within {limit.TotalSeconds:0.###} s and was killed.");
        }

        // The parameterless wait also waits for the redirected streams to reach end of file.
        process.WaitForExit();
        input.GetAwaiter().GetResult();
        return new ToolResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>Like <see cref="Run"/>, but a non-zero exit code throws with the tool's own message.</summary>
    public static ToolResult RunChecked(string name, IEnumerable<string> arguments, string? standardInput = null, TimeSpan? timeout = null)
    {
        var argumentList = arguments.ToList();
        var result = Run(name, argumentList, standardInput, timeout);
        if (!result.Succeeded)
        {
            throw new ExternalToolException(
                $"'{name} {string.Join(' ', argumentList)}' exited with code {result.ExitCode}:{Environment.NewLine}{result.StandardError}{result.StandardOutput}");
        }

        return result;
    }

    private static string? Search(string name)
    {
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(name) ? Path.GetFullPath(name) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate) && IsExecutable(candidate))
            {
                return candidate;
            }

            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe"))
            {
                return candidate + ".exe";
            }
        }

        return null;
    }

    private static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
