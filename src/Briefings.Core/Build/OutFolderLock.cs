using System.Diagnostics;
using Briefings.Core.Diagnostics;

namespace Briefings.Core.Build;

/// <summary>
/// The exclusive lock a writing build holds on its out folder (<c>out/.briefings.lock</c>, an OS-level lock,
/// released even if the process dies), from reading the previous manifest until the last rename. Two builds
/// into the same folder therefore take turns whole: the second sees the first's manifest and files, and the
/// folder always ends as exactly one build's result. A build that fails leaves no trace: if it had to create
/// the out folder, it removes it again.
/// </summary>
internal sealed class OutFolderLock : IDisposable
{
    public const string FileName = ".briefings.lock";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private readonly FileStream stream;
    private readonly string directory;
    private readonly bool createdDirectory;
    private bool completed;

    private OutFolderLock(FileStream stream, string directory, bool createdDirectory)
    {
        this.stream = stream;
        this.directory = directory;
        this.createdDirectory = createdDirectory;
    }

    public static OutFolderLock Acquire(string outDirectory)
    {
        var created = !Directory.Exists(outDirectory);
        Directory.CreateDirectory(outDirectory);
        var path = Path.Combine(outDirectory, FileName);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new OutFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), outDirectory, created);
            }
            catch (IOException) when (waited.Elapsed < Timeout)
            {
                Thread.Sleep(100);
            }
            catch (IOException exception)
            {
                throw new BriefingsException(Diagnostic.Error(
                    "BRF-BUILD-020",
                    $"another build has held the out folder's lock for {Timeout.TotalSeconds:0} s ({exception.Message}); wait for it, or remove the lock file if no build is running",
                    new SourceLocation(path, 0, 0)));
            }
        }
    }

    /// <summary>The build wrote its outputs: keep the folder whatever happens next.</summary>
    public void Complete() => completed = true;

    public void Dispose()
    {
        stream.Dispose();
        if (!completed && createdDirectory && Directory.EnumerateFileSystemEntries(directory).All(entry => Path.GetFileName(entry) == FileName))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
